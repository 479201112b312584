package io.shoporders.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueFileTest {

  private static final String HEADER =
      "sku,name,unitPriceMinor,currency,vatRateBasisPoints,weightGrams,lengthMm,widthMm,"
          + "heightMm,active,shipsFrom,supplier\n";

  @Test
  void quotedFieldsKeepTheirCommasAndDoubledQuotes() {
    List<String> fields = CatalogueCsv.fields("A,\"cups, set of 2\",\"say \"\"hi\"\"\",");

    assertThat(fields).containsExactly("A", "cups, set of 2", "say \"hi\"", "");
  }

  @Test
  void wellFormedRowBecomesAnAcceptedProduct() {
    List<ImportRow> rows =
        CatalogueCsv.read(HEADER + "A,Cup,1250,EUR,2200,350,1,2,3,true,DROPSHIP,Verdi\n");

    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.accepted()).isTrue();
              assertThat(row.spec().origin().supplier()).isEqualTo("Verdi");
            });
  }

  @Test
  void textInANumberColumnRejectsTheRowNamingTheColumn() {
    List<ImportRow> rows =
        CatalogueCsv.read(HEADER + "A,Cup,cheap,EUR,2200,350,1,2,3,true,WAREHOUSE,\n");

    assertThat(rows.get(0).problems())
        .containsExactly(
            new FieldError("unitPriceMinor", "unitPriceMinor must be a whole number in range"));
  }

  @Test
  void priceWithADecimalPointOrAnOverflowingSizeIsRefusedWithoutRepeatingIt() {
    List<ImportRow> rows =
        CatalogueCsv.read(HEADER + "A,Cup,29.90,EUR,2200,350,1,2,9999999999,yes,WAREHOUSE,\n");

    assertThat(rows.get(0).problems())
        .extracting(FieldError::field)
        .containsExactly("unitPriceMinor", "heightMm", "active");
    assertThat(rows.get(0).problems())
        .extracting(FieldError::message)
        .noneMatch(message -> message.contains("29.90") || message.contains("input string"));
  }

  @Test
  void everyBrokenFieldOfARowIsReported() {
    List<ImportRow> rows = CatalogueCsv.read(HEADER + "A,,1250,XXX,20000,350,1,2,3,maybe,SHIP,\n");

    assertThat(rows.get(0).problems())
        .extracting(FieldError::field)
        .containsExactly("name", "currency", "vatRateBasisPoints", "active", "shipsFrom");
  }

  @Test
  void oneRejectedRowMakesTheWholeFileUnimportable() {
    List<ImportRow> rows =
        CatalogueImport.checked(
            CatalogueCsv.read(
                HEADER
                    + "A,Cup,1250,EUR,2200,350,1,2,3,true,WAREHOUSE,\n"
                    + "A,Cup again,1250,EUR,2200,350,1,2,3,true,WAREHOUSE,\n"));

    assertThat(CatalogueImport.importable(rows)).isFalse();
    assertThat(rows.get(1).problems()).extracting(FieldError::field).containsExactly("sku");
  }
}
