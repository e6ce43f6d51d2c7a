package org.fenjie.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Files no parser can read (empty, cut inside a character, binary, 100 MB, an unknown table), for folder-level tests. */
public final class BrokenDocuments {

  private BrokenDocuments() {}

  /** Writes them into {@code dir} (the 100 MB one sparse, so it costs no disk) and returns their names. */
  public static List<String> writeInto(Path dir) throws IOException {
    Files.writeString(dir.resolve("900_empty.txt"), "", StandardCharsets.UTF_8);
    byte[] seed = Files.readAllBytes(HostileDocumentsTest.SEED);
    int lead = seed.length / 2;
    while ((seed[lead] & 0xE0) != 0xE0) {
      lead++;
    }
    Files.write(dir.resolve("901_cut.txt"), Arrays.copyOf(seed, lead + 1));
    byte[] noise = new byte[10_000];
    new Random(1).nextBytes(noise);
    Files.write(dir.resolve("902_binary.txt"), noise);
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("903_huge.txt").toFile(), "rw")) {
      big.setLength(100L * 1024 * 1024);
    }
    Files.writeString(dir.resolve("904_projects.txt"), "某县重点项目\n序号\t项目名称\t总投资\n1\t污水厂\t100\n", StandardCharsets.UTF_8);
    return List.of("900_empty.txt", "901_cut.txt", "902_binary.txt", "903_huge.txt", "904_projects.txt");
  }
}
