package org.fenjie.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled classes follow the pipeline's direction: model ← ingest ← index ← search ← http, the
 * pipeline stage (read → rows → index → swap) beside search on ingest and index, and the commands
 * and tools (cli, bench, eval, synth) on top. A class that imports against it fails here, naming the
 * dependency.
 */
class PipelineDirectionTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.fenjie");
  }

  @Test
  void eachStageUsesOnlyTheStagesBeforeIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model").definedBy("org.fenjie.model..")
        .layer("ingest").definedBy("org.fenjie.ingest..")
        .layer("index").definedBy("org.fenjie.index..")
        .layer("search").definedBy("org.fenjie.search..")
        .layer("pipeline").definedBy("org.fenjie.pipeline..")
        .layer("http").definedBy("org.fenjie.http..")
        .layer("tools").definedBy("org.fenjie.cli..", "org.fenjie.bench..", "org.fenjie.eval..", "org.fenjie.synth..")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("index", "search", "pipeline", "http", "tools")
        .whereLayer("index").mayOnlyBeAccessedByLayers("search", "pipeline", "http", "tools")
        .whereLayer("search").mayOnlyBeAccessedByLayers("http", "tools")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("http", "tools")
        .whereLayer("http").mayOnlyBeAccessedByLayers("tools")
        .check(classes);
  }

  @Test
  void luceneIsUsedOnlyByTheIndexAndSearch() {
    noClasses()
        .that().resideOutsideOfPackages("org.fenjie.index..", "org.fenjie.search..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void javalinIsUsedOnlyByHttp() {
    noClasses()
        .that().resideOutsideOfPackage("org.fenjie.http..")
        .should().dependOnClassesThat().resideInAPackage("io.javalin..")
        .check(classes);
  }
}
