package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measurement switches become one engine's settings, read where the engine is built. */
class EngineSettingsTest {

  @Test
  void theDefaultsAreAThreadPerCoreWithCacheAndOnePass() {
    EngineSettings d = EngineSettings.from(Map.of());
    assertEquals(EngineSettings.defaults(), d);
    assertEquals(Runtime.getRuntime().availableProcessors(), d.threads());
    assertEquals(EngineSettings.THREADS_FROM_DOCS, d.threadsFromDocs());
    assertTrue(d.countCache() && d.onePass());
  }

  @Test
  void theOldSystemPropertiesStillSwitchTheSameThings() {
    EngineSettings s = EngineSettings.from(Map.of(
        "fenjie.search.singleThreaded", "true", "fenjie.search.threadsFromDocs", "4",
        "fenjie.search.countCache", "false", "fenjie.search.onePass", "FALSE"));
    assertEquals(new EngineSettings(1, 4, false, false), s);
    assertEquals(3, EngineSettings.from(Map.of("fenjie.search.threads", "3")).threads());
    assertFalse(EngineSettings.from(Map.of("fenjie.search.countCache", "false")).countCache());
    assertThrows(IllegalArgumentException.class, () -> new EngineSettings(0, 4, true, true));
  }
}
