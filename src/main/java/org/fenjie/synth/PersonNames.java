package org.fenjie.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented Chinese personal names (surname + one or two given-name characters), the given-name
 * characters taken from the real names of the seeds so the names look like theirs.
 */
final class PersonNames {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余庄施洪柯丁";

  private final List<Character> givenChars = new ArrayList<>();

  /** {@code realNames}: the seeds' leaders and overseers; their given-name characters are reused. */
  PersonNames(List<String> realNames) {
    for (String n : realNames) {
      if (n.length() >= 2 && n.length() <= 3) {
        for (char c : n.substring(1).toCharArray()) {
          givenChars.add(c);
        }
      }
    }
    if (givenChars.isEmpty()) {
      "伟强军华明志国建平红丽芳".chars().forEach(c -> givenChars.add((char) c));
    }
  }

  String next(Random random) {
    StringBuilder sb = new StringBuilder();
    sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(5) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      sb.append(givenChars.get(random.nextInt(givenChars.size())));
    }
    return sb.toString();
  }
}
