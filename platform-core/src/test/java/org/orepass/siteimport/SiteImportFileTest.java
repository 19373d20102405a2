package org.orepass.siteimport;

import org.orepass.siteimport.internal.SiteImportFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteImportFileTest {

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
        var file = SiteImportFile.parse("name,locality\r\n\"Pit, east\",\"Kisoro \"\"upper\"\"\nvalley\"\r\nB,C");
        assertThat(file.separator()).isEqualTo(',');
        assertThat(file.header()).containsExactly("name", "locality");
        assertThat(file.records()).extracting(SiteImportFile.Record::cells)
                .containsExactly(List.of("Pit, east", "Kisoro \"upper\"\nvalley"), List.of("B", "C"));
        assertThat(file.records()).extracting(SiteImportFile.Record::rowNumber).containsExactly(2, 3);
    }

    @Test
    void takesTheSemicolonOfFrenchSpreadsheetsAndIgnoresTheByteOrderMarkAndBlankLines() {
        var file = SiteImportFile.parse("\uFEFFname;latitude\n\"A; B\";-1,2833\n;\n\n");
        assertThat(file.separator()).isEqualTo(';');
        assertThat(file.header()).containsExactly("name", "latitude");
        assertThat(file.records()).singleElement().extracting(SiteImportFile.Record::cells)
                .isEqualTo(List.of("A; B", "-1,2833"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorOnItsRowAndTheRowsBeforeItStay() {
        var file = SiteImportFile.parse("name,locality\nA,B\n\"Pit east,Kisoro\nC,D\n");
        assertThat(file.records()).hasSize(2);
        assertThat(file.records().get(0).cells()).containsExactly("A", "B");
        assertThat(file.records().get(0).problem()).isNull();
        assertThat(file.records().get(1).rowNumber()).isEqualTo(3);
        assertThat(file.records().get(1).problem()).isEqualTo(SiteImportFile.UNREADABLE_ROW);
    }

    @Test
    void controlCharactersInCellsAreStripped() {
        var file = SiteImportFile.parse("name,locality\nKi\u0000soro,\"Up\u001bper\"\n");
        assertThat(file.records().get(0).cells()).containsExactly("Kisoro", "Upper");
    }

    @Test
    void anEmptyFileHasNoHeaderAndNoRecords() {
        assertThat(SiteImportFile.parse("").header()).isEmpty();
        assertThat(SiteImportFile.parse("name,country\r\n").records()).isEmpty();
    }

    @Test
    void theTemplatesExampleRowHasACellForEveryColumn() {
        assertThat(SiteImportColumns.exampleRow()).hasSameSizeAs(SiteImportColumns.ALL);
        assertThat(SiteImportColumns.ALL).containsAll(SiteImportColumns.REQUIRED).doesNotHaveDuplicates();
    }
}
