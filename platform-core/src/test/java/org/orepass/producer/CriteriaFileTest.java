package org.orepass.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a criteria file (docs/producer-criteria.md): what a good file gives, and each problem by row and column. */
class CriteriaFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String HEADER = "record,number,version,module,category,level,lang,text,evidence,url,date\n";

    /** A complete file: one module, one serious-risk criterion with its four levels, French for some texts. */
    static String good() {
        return HEADER
                + "set,OFFICIAL,2.1,,,,en,Official code,,https://example.org/code,2024-05-01\n" // row 2
                + "set,OFFICIAL,,,,,fr,Code officiel,,,\n" // 3
                + "source,,,,,,en,\"Official code, version 2.1\",,,\n" // 4
                + "module,1,,,,,en,Stop at once,,,\n" // 5
                + "module,1,,,,,fr,Arrêter tout de suite,,,\n" // 6
                + "criterion,1.1,,1,forced_labour,,en,Nobody is forced to work.,,,\n" // 7
                + "criterion,1.1,,,,,sw,Hakuna anayelazimishwa kufanya kazi.,,,\n" // 8
                + "level,1.1,,,,NOT_STARTED,en,Nothing yet.,No record.,,\n" // 9
                + "level,1.1,,,,STARTED,en,Talked about.,Minutes.,,\n" // 10
                + "level,1.1,,,,IN_PROGRESS,en,Rules written.,The rules.,,\n" // 11
                + "level,1.1,,,,MET,en,Everyone free.,A visit.,,\n" // 12
                + "level,1.1,,,,MET,fr,Chacun est libre.,Une visite.,,\n"; // 13
    }

    private static List<CriteriaFile.Problem> problems(String text) {
        return CriteriaFile.read(text, TODAY).problems();
    }

    private static CriteriaFile.Problem problem(Integer row, String column, String key) {
        return new CriteriaFile.Problem(row, column, key, List.of());
    }

    @Test
    void aGoodFileGivesTheSetItsSourceModulesCriteriaAndEveryTextByLanguage() {
        var parsed = CriteriaFile.read(good(), TODAY);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.code()).isEqualTo("OFFICIAL");
        assertThat(parsed.version()).isEqualTo("2.1");
        assertThat(parsed.url()).isEqualTo("https://example.org/code");
        assertThat(parsed.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(parsed.titles()).containsEntry("en", "Official code").containsEntry("fr", "Code officiel");
        assertThat(parsed.sources()).containsEntry("en", "Official code, version 2.1");
        assertThat(parsed.modules()).singleElement().satisfies(m -> {
            assertThat(m.number()).isEqualTo("1");
            assertThat(m.titles()).containsEntry("fr", "Arrêter tout de suite");
        });
        var item = parsed.criteria().get(0);
        assertThat(item.number()).isEqualTo("1.1");
        assertThat(item.module()).isEqualTo("1");
        assertThat(item.category()).isEqualTo(SeriousRisk.FORCED_LABOUR);
        assertThat(item.titles()).containsEntry("sw", "Hakuna anayelazimishwa kufanya kazi.");
        assertThat(item.descriptions().get(ProgressLevel.MET)).containsEntry("en", "Everyone free.")
                .containsEntry("fr", "Chacun est libre.");
        assertThat(item.evidence().get(ProgressLevel.STARTED)).containsEntry("en", "Minutes.");
        assertThat(parsed.completeLanguages()).containsExactly("en");
    }

    @Test
    void semicolonsAByteOrderMarkAndControlCharactersAreRead() {
        var text = "\uFEFF" + good().replace(",", ";").replace("\"Official code; version 2.1\"",
                "\"Official code; version 2.1\"").replace("Nothing yet.", "Nothing\u0007 yet.");
        var parsed = CriteriaFile.read(text, TODAY);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.criteria().get(0).descriptions().get(ProgressLevel.NOT_STARTED))
                .containsEntry("en", "Nothing yet.");
    }

    @Test
    void eachProblemIsReportedWithItsRowAndColumn() {
        assertThat(problems(good().replace("criterion,1.1,,1,forced_labour,,en,", "criterion,1.1,,1,THEFT,,en,")))
                .containsExactly(problem(7, "category", "criteria.file.category.invalid"));
        assertThat(problems(good().replace("criterion,1.1,,1,", "criterion,1.1,,9,")))
                .containsExactly(new CriteriaFile.Problem(7, "module", "criteria.file.module.unknown", List.of("9")));
        assertThat(problems(good().replace("level,1.1,,,,STARTED,en", "level,1.1,,,,HALFWAY,en")))
                .contains(problem(10, "level", "criteria.file.level.invalid"));
        assertThat(problems(good().replace("Talked about.,Minutes.", "Talked about.,")))
                .containsExactly(problem(10, "evidence", "criteria.file.required"));
        assertThat(problems(good().replace("module,1,,,,,fr", "module,1,,,,,de")))
                .containsExactly(problem(6, "lang", "criteria.file.lang.invalid"));
        assertThat(problems(good().replace("module,1,,,,,fr", "modul,1,,,,,fr")))
                .containsExactly(problem(6, "record", "criteria.file.record.unknown"));
        assertThat(problems(good().replace("module,1,,,,,fr,Arrêter tout de suite", "module,1,,,,,fr,")))
                .containsExactly(problem(6, "text", "criteria.file.required"));
        assertThat(problems(good().replace("Nobody is forced to work.", "x".repeat(501))))
                .containsExactly(new CriteriaFile.Problem(7, "text", "criteria.file.too-long", List.of(500)));
        assertThat(problems(good().replace("2024-05-01", "01/05/2024")))
                .containsExactly(problem(2, "date", "criteria.file.date.invalid"));
        assertThat(problems(good().replace("2024-05-01", "2027-01-01"))).containsExactly(new CriteriaFile.Problem(2,
                "date", "criteria.file.date.range", List.of("1990-01-01", "2026-12-07")));
        assertThat(problems(good().replace("https://example.org/code", "javascript:alert(1)")))
                .containsExactly(problem(2, "url", "criteria.file.url.invalid"));
        assertThat(problems(good().replace("OFFICIAL,2.1", "OFFICIAL,2 1")))
                .containsExactly(problem(2, "version", "criteria.file.version.invalid"));
        assertThat(problems(good().replace("set,OFFICIAL,2.1", "set,OFF ICIAL,2.1")))
                .contains(problem(2, "number", "criteria.file.code.invalid"));
        assertThat(problems(good().replace("set,OFFICIAL,,", "set,OTHER,,")))
                .containsExactly(problem(3, "number", "criteria.file.differs"));
        assertThat(problems(good() + "module,1,,,,,fr,Encore,,,\n"))
                .containsExactly(new CriteriaFile.Problem(14, null, "criteria.file.duplicate", List.of(6)));
        assertThat(problems(good() + "criterion,9.9,,,,,fr,Sans anglais,,,\n"))
                .containsExactly(problem(14, "number", "criteria.file.english.missing"));
        assertThat(problems(good() + "level,9.9,,,,MET,fr,Sans critère,Rien,,\n"))
                .containsExactly(problem(14, "number", "criteria.file.criterion.unknown"));
        assertThat(problems(good() + "module,1,,,,,en,x,,,,extra\n"))
                .containsExactly(new CriteriaFile.Problem(14, null, "criteria.file.row.cells", List.of(11, 12)));
    }

    @Test
    void whatTheWholeFileLacksIsReported() {
        assertThat(problems(good().replace("level,1.1,,,,IN_PROGRESS,en,Rules written.,The rules.,,\n", "")))
                .containsExactly(new CriteriaFile.Problem(7, null, "criteria.file.level.missing",
                        List.of("1.1", "IN_PROGRESS")));
        assertThat(problems(good().replace("source,,,,,,en,\"Official code, version 2.1\",,,\n", "")))
                .containsExactly(problem(null, null, "criteria.file.source.missing"));
        assertThat(problems(good().replace("set,OFFICIAL,2.1,,,,en,Official code,,https://example.org/code,2024-05-01\n",
                ""))).containsExactly(problem(null, null, "criteria.file.set.missing"));
        assertThat(problems(good() + "module,2,,,,,en,Empty,,,\n"))
                .containsExactly(new CriteriaFile.Problem(null, null, "criteria.file.module.empty", List.of("2")));
        assertThat(problems(HEADER)).containsExactly(problem(null, null, "criteria.file.empty"));
        assertThat(problems("")).containsExactly(problem(null, null, "criteria.file.empty"));
    }

    @Test
    void aBadHeaderIsAProblemOfRowOne() {
        assertThat(problems(good().replace("evidence,url", "proof,url")))
                .containsExactly(problem(1, "proof", "criteria.file.column.unknown"));
        assertThat(problems(good().replace("record,number,version", "record,number,lang")))
                .containsExactly(problem(1, "lang", "criteria.file.column.repeated"));
        assertThat(problems("record,number,text\nset,A,x\n"))
                .containsExactly(problem(1, "lang", "criteria.file.column.missing"));
    }

    @Test
    void hostileFilesAreRefusedWithAProblemNotAnError() {
        // A quote opened and never closed: the row where it opens, and nothing after it.
        assertThat(problems(good().replace("module,1,,,,,fr,Arrêter", "module,1,,,,,fr,\"Arrêter")))
                .containsExactly(problem(6, null, "criteria.file.unclosed"));
        assertThat(problems("\"record,number\nset")).containsExactly(problem(1, null, "criteria.file.unclosed"));
        // Too many rows: refused without reading them all.
        var many = new StringBuilder(good());
        for (int i = 0; i < CriteriaFile.MAX_ROWS; i++) {
            many.append("module,M").append(i).append(",,,,,en,Title,,,\n");
        }
        assertThat(problems(many.toString())).containsExactly(new CriteriaFile.Problem(null, null,
                "criteria.file.too-many-rows", List.of(CriteriaFile.MAX_ROWS)));
        // Thousands of bad rows: every one counted, the first 200 listed.
        var bad = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            bad.append("nonsense,1,,,,,en,x,,,\n");
        }
        var parsed = CriteriaFile.read(bad.toString(), TODAY);
        assertThat(parsed.problemCount()).isEqualTo(1000);
        assertThat(parsed.problems()).hasSize(CriteriaFile.MAX_PROBLEMS);
    }
}
