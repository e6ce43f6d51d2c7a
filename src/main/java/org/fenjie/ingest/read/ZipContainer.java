package org.fenjie.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.fenjie.ingest.block.UnreadableDocumentException;

/**
 * Checks a zip before POI opens it: the central directory must be there (a file cut short loses it first),
 * and the entries, inflated for real rather than as their headers claim, must stay within {@link ReadLimits}.
 */
final class ZipContainer {
  private ZipContainer() {}

  /** The entry names of a complete zip within the limits, or an exception saying what is wrong. */
  static Set<String> check(String source, byte[] bytes) throws UnreadableDocumentException {
    Set<String> names = new HashSet<>();
    long expanded = 0;
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        if (names.size() >= ReadLimits.MAX_ZIP_ENTRIES) {
          throw new UnreadableDocumentException(source, "the zip container has more than "
              + ReadLimits.MAX_ZIP_ENTRIES + " entries; refused as a possible zip bomb");
        }
        names.add(e.getName());
        try (InputStream in = zip.getInputStream(e)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            expanded += n;
            if (expanded > ReadLimits.MAX_ZIP_EXPANDED_BYTES) {
              throw new UnreadableDocumentException(source, "the zip container expands to more than "
                  + (ReadLimits.MAX_ZIP_EXPANDED_BYTES >> 20) + " MB; refused as a possible zip bomb");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(source,
          "the zip container is incomplete or damaged (cut short?): " + e.getMessage(), e);
    }
    return names;
  }
}
