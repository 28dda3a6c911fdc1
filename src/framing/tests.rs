//! Tests of the lexicons and detectors through the public API.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use super::*;
use crate::model::PairCue;

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("embedded lexicons load"))
}

fn cues_of<'a>(cues: &'a [Cue], category: &str) -> Vec<&'a Cue> {
    cues.iter().filter(|c| c.category == category).collect()
}

/// Whether `cues` hold a cue of `category` and `value` whose surface is `surface`.
fn has_cue(cues: &[Cue], category: &str, value: &str, surface: &str) -> bool {
    cues_of(cues, category)
        .iter()
        .any(|c| c.value == value && c.surface == surface)
}

fn values(cues: &[Cue], category: &str) -> BTreeSet<String> {
    cues_of(cues, category)
        .iter()
        .map(|c| c.value.clone())
        .collect()
}

const LANGS: &[&str] = &[
    "en", "ru", "uk", "az", "tr", "hy", "es", "fr", "de", "it", "ar", "ka", "fa",
];
const REQUIRED: &[&str] = &[
    "armed-label",
    "polity-label",
    "movement",
    "loaded",
    "scare-quote",
    "attribution",
    "hedge",
    "booster",
];

#[test]
fn embedded_lexicons_load_with_required_categories() {
    let lex = lex();
    assert_eq!(
        lex.languages().into_iter().collect::<BTreeSet<_>>(),
        LANGS.iter().copied().collect::<BTreeSet<_>>()
    );
    assert_eq!(lex.files.len(), EMBEDDED.len());
    for lang in LANGS {
        let cats = lex.categories(lang);
        for req in REQUIRED {
            assert!(cats.contains(req), "{lang}: no category {req}");
            assert!(
                lex.term_count(lang, req) > 0,
                "{lang}: category {req} is empty"
            );
        }
        assert!(cats.contains(&"agency"), "{lang}: no agency rules");
        let terms: usize = cats.iter().map(|c| lex.term_count(lang, c)).sum();
        assert!(cats.len() >= 6, "{lang}: {} categories", cats.len());
        assert!(terms >= 60, "{lang}: only {terms} terms");
    }
}

#[test]
fn movement_and_armed_label_fire_in_every_language() {
    // (lang, sentence, movement value, armed-label value)
    let cases = [
        (
            "en",
            "Thousands fled the region after separatist forces laid down their arms.",
            "forced",
            "separatist",
        ),
        (
            "ru",
            "Тысячи жителей бежали из региона после того, как незаконные вооружённые формирования сложили оружие.",
            "forced",
            "delegitimising",
        ),
        (
            "uk",
            "Тисячі людей втекли з регіону після того, як сепаратисти склали зброю.",
            "forced",
            "separatist",
        ),
        (
            "az",
            "Qanunsuz erməni silahlı birləşmələri tərksilah edildikdən sonra sakinlərin bir qismi könüllü olaraq köçüb.",
            "voluntary",
            "delegitimising",
        ),
        (
            "tr",
            "Yasa dışı Ermeni silahlı grupları silah bırakınca binlerce kişi bölgeyi terk etti.",
            "departure",
            "delegitimising",
        ),
        (
            "hy",
            "Արցախի պաշտպանության բանակը զինաթափվելուց հետո հազարավոր մարդիկ բռնի տեղահանվեցին։",
            "forced",
            "legitimising",
        ),
        (
            "es",
            "Miles de personas huyeron de la región después de que las fuerzas armenias entregaran las armas.",
            "forced",
            "neutral",
        ),
        (
            "fr",
            "Des milliers d'habitants ont fui la région après la reddition des forces séparatistes.",
            "forced",
            "separatist",
        ),
        (
            "de",
            "Tausende Menschen sind geflohen, nachdem die Separatisten ihre Waffen abgegeben hatten.",
            "forced",
            "separatist",
        ),
        (
            "it",
            "Migliaia di persone sono fuggite dopo che le forze armene hanno deposto le armi.",
            "forced",
            "neutral",
        ),
        (
            "ar",
            "وغادر آلاف السكان الإقليم بعد أن ألقت القوات الأرمينية السلاح.",
            "departure",
            "neutral",
        ),
        (
            "ka",
            "მას შემდეგ, რაც სომხურმა ძალებმა იარაღი დაყარეს, ათასობით ადამიანმა დატოვა ყარაბაღი.",
            "departure",
            "neutral",
        ),
        (
            "fa",
            "پس از آنکه جدایی‌طلبان سلاح‌های خود را تحویل دادند، هزاران نفر از منطقه گریختند.",
            "forced",
            "separatist",
        ),
    ];
    for (lang, text, movement, armed) in cases {
        let cues = lex().find(text, lang);
        assert!(
            values(&cues, "movement").contains(movement),
            "{lang}: movement {movement} missing in {cues:#?}"
        );
        assert!(
            values(&cues, "armed-label").contains(armed),
            "{lang}: armed-label {armed} missing in {cues:#?}"
        );
        for c in &cues {
            assert_eq!(&text[c.span.start..c.span.end], c.surface);
            assert!(!c.explanation.is_empty());
            assert!(c.source.starts_with(&format!("{lang}:")) || c.source.starts_with("rule:"));
        }
    }
}

#[test]
fn cue_fields_name_entry_and_explain() {
    let text = "More than 100,000 people fled.";
    let cues = lex().find(text, "en");
    let c = cues_of(&cues, "movement")[0];
    assert_eq!(c.value, "forced");
    assert_eq!(c.surface, "fled");
    assert_eq!(c.source, "en:fled");
    assert_eq!(c.span, Span::new(25, 29));
    assert_eq!(
        c.explanation,
        "“fled” frames the departure as flight from danger"
    );
}

#[test]
fn scare_quote_by_quotation_rule() {
    let quoted = lex().find("Baku called it an “anti-terrorist” operation.", "en");
    let sq = cues_of(&quoted, "scare-quote");
    assert_eq!(sq.len(), 1, "{quoted:#?}");
    assert_eq!(sq[0].value, "distancing");
    assert_eq!(sq[0].surface, "“anti-terrorist”");
    assert_eq!(sq[0].source, "rule:quoted-term");
    let plain = lex().find("Baku launched an anti-terrorist operation.", "en");
    assert!(cues_of(&plain, "scare-quote").is_empty(), "{plain:#?}");
    assert_eq!(
        values(&plain, "loaded"),
        BTreeSet::from(["az-frame".to_string()])
    );
    // straight quotes and titles (quoted-only terms)
    let t = lex().find(
        "Vardanyan, the former \"state minister\", was detained.",
        "en",
    );
    assert_eq!(cues_of(&t, "scare-quote")[0].surface, "\"state minister\"");
    // German „…“, Spanish «…», Armenian «…»
    let de = lex().find(
        "Baku nannte den Angriff „lokale Antiterrormaßnahmen“.",
        "de",
    );
    assert_eq!(
        cues_of(&de, "scare-quote")[0].surface,
        "„lokale Antiterrormaßnahmen“"
    );
    let es = lex().find("Pashinián denunció una «limpieza étnica».", "es");
    assert_eq!(cues_of(&es, "scare-quote")[0].surface, "«limpieza étnica»");
    let fr = lex().find("qualifiée par Bakou d'« opération antiterroriste ».", "fr");
    assert_eq!(
        cues_of(&fr, "scare-quote")[0].surface,
        "« opération antiterroriste »"
    );
}

#[test]
fn a_scare_quoted_loaded_term_is_loaded_and_distanced() {
    // quoted, the loaded word keeps its cue and the quotation marks add the writer's distance
    let quoted = lex().find("Baku called it an “anti-terrorist” operation.", "en");
    assert_eq!(
        values(&quoted, "loaded"),
        BTreeSet::from(["az-frame".to_string()])
    );
    assert_eq!(cues_of(&quoted, "scare-quote").len(), 1, "{quoted:#?}");
    let fr = lex().find("Bakou dénonce une « provocation » arménienne.", "fr");
    assert_eq!(cues_of(&fr, "scare-quote").len(), 1, "{fr:#?}");
    assert_eq!(
        values(&fr, "loaded"),
        BTreeSet::from(["contested".to_string()])
    );
    // unquoted, there is no scare quote
    let plain = lex().find("Bakou dénonce une provocation arménienne.", "fr");
    assert!(cues_of(&plain, "scare-quote").is_empty(), "{plain:#?}");
    // a quoted movement word is the speaker's: no movement cue of the writer's
    let moved = lex().find(
        "Baku spoke of a “voluntary departure” of the residents.",
        "en",
    );
    assert_eq!(cues_of(&moved, "scare-quote").len(), 1, "{moved:#?}");
    assert!(cues_of(&moved, "movement").is_empty(), "{moved:#?}");
}

#[test]
fn words_that_begin_like_cues_are_not_cues() {
    // hy: to discover, to end up somewhere, a charge, the prosecution begin like the reporting
    // verbs; to remove begins like to leave
    for text in [
        "Ջրում հայտնաբերվել է պղինձ։",
        "Ընտանիքները հայտնվել են փողոցում։",
        "Նրան մեղադրանք է առաջադրվել։",
        "Մեղադրող կողմը պահանջել է տասներկու տարի։",
        "Տնտեսավարները հեռացրել են դրոշը։",
    ] {
        let cues = lex().find(text, "hy");
        assert!(
            cues_of(&cues, "attribution").is_empty() && cues_of(&cues, "movement").is_empty(),
            "{text}: {cues:#?}"
        );
    }
    // ka: to refuse ("to say no") is no reporting verb
    let cues = lex().find("მთავრობამ ევროკავშირის გრანტებზე უარი თქვა.", "ka");
    assert!(cues_of(&cues, "attribution").is_empty(), "{cues:#?}");
    // a city and a relative clause that begin like a booster and a reporting verb
    let cues = lex().find("Şanlıurfa'da toplantı yapıldı.", "tr");
    assert!(cues_of(&cues, "booster").is_empty(), "{cues:#?}");
    let cues = lex().find("Дорога, связывавшая сёла, закрыта.", "ru");
    assert!(cues_of(&cues, "attribution").is_empty(), "{cues:#?}");
    // still a departure
    let cues = lex().find("Նրանք հեռացել են գյուղից։", "hy");
    assert!(values(&cues, "movement").contains("departure"), "{cues:#?}");
}

#[test]
fn common_reporting_verbs_attribute() {
    for (text, lang, verb) in [
        ("The ministry rejected the criticism.", "en", "rejected"),
        ("Officials blamed days of heavy rain.", "en", "blamed"),
        (
            "The army opened fire, saying it had been attacked.",
            "en",
            "saying",
        ),
        ("L'exploitant de la carrière dément.", "fr", "dément"),
        ("Washington a salué une étape.", "fr", "salué"),
        (
            "Евросоюз приветствовал обмен, назвав его шагом вперёд.",
            "ru",
            "приветствовал",
        ),
        ("Die Behörden bestreiten das.", "de", "bestreiten"),
        (
            "El ministerio atribuye la explosión a un fallo.",
            "es",
            "atribuye",
        ),
        (
            "Ekspertlər hesab edir ki, yol bağlanacaq.",
            "az",
            "hesab edir",
        ),
        ("Նախարարը շեշտել է, որ ճանապարհը բաց է։", "hy", "շեշտել"),
        (
            "В Баку подчёркивают, что граница спокойна.",
            "ru",
            "подчёркивают",
        ),
        (
            "Hacıyev faciadan Ermenistan'ı sorumlu tuttu.",
            "tr",
            "sorumlu tuttu",
        ),
        ("Bakou accuse Erevan de mentir.", "fr", "accuse"),
        // plural evidential: the verbs' -ib forms take -lər/-lar
        (
            "Sərnişinlər bildiriblər ki, əyləclər işləməyib.",
            "az",
            "bildiriblər",
        ),
        ("Yolcular frenlerin tutmadığını anlattı.", "tr", "anlattı"),
        (
            "Şoförler yolun temizlenmediğinden yakınıyor.",
            "tr",
            "yakınıyor",
        ),
        (
            "«Ճանապարհը վտանգավոր է», — ասում է վարորդը։",
            "hy",
            "ասում է",
        ),
        ("Նախարարությունը հերքում է մեղադրանքները։", "hy", "հերքում"),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            has_cue(&cues, "attribution", "neutral", verb),
            "{text}: {:#?}",
            cues_of(&cues, "attribution")
        );
    }
}

#[test]
fn estimates_are_a_source_and_look_alikes_are_no_cues() {
    // "по оценкам экспертов" names where a figure comes from; it does not soften it
    let ru = lex().find("Стоимость, по оценкам экспертов, превысила 400 млн.", "ru");
    assert_eq!(
        values(&ru, "attribution"),
        BTreeSet::from(["neutral".to_string()])
    );
    assert!(cues_of(&ru, "hedge").is_empty(), "{ru:#?}");
    // a convoy crossing a bridge reports no departure; crossing into Armenia does
    let en = lex().find("The convoy crossed the bridge at noon.", "en");
    assert!(cues_of(&en, "movement").is_empty(), "{en:#?}");
    // vehicles leaving, condolences expressed, a postposition of cause, evidence that shows:
    // none attributes a statement or reports people leaving
    for (text, lang, category) in [
        ("The buses left the town at dawn.", "en", "movement"),
        ("The driver had left the road.", "en", "movement"),
        (
            "Samples showed copper at 27 times the norm.",
            "en",
            "attribution",
        ),
        (
            "Նախարարությունը ցավակցություն է հայտնել ընտանիքներին։",
            "hy",
            "attribution",
        ),
        ("Bakı köməyə görə təşəkkür edib.", "az", "attribution"),
        // customs declarations and a group's messages are documents, not statements
        (
            "Մաքսավորներն անցել են թղթային հայտարարագրերի։",
            "hy",
            "attribution",
        ),
        (
            "Խմբի հաղորդագրությունները գրված են ռուսերեն։",
            "hy",
            "attribution",
        ),
    ] {
        let cues = lex().find(text, lang);
        assert!(cues_of(&cues, category).is_empty(), "{text}: {cues:#?}");
    }
    // …while the same verbs still attribute what is said
    for hy in [
        "Նախարարը հայտնել է, որ ճանապարհը բաց է։",
        "Նախարարը հայտարարել է, որ ճանապարհը բաց է։",
        "Ըստ նախարարության հաղորդագրության՝ ճանապարհը բաց է։",
    ] {
        let cues = lex().find(hy, "hy");
        assert!(!cues_of(&cues, "attribution").is_empty(), "{hy}: {cues:#?}");
    }
    let az = lex().find("İlkin məlumata görə, 200 hektar yanıb.", "az");
    assert!(!cues_of(&az, "attribution").is_empty(), "{az:#?}");
    // "leaving" a number of people or things somewhere is a result, not a departure
    let en = lex().find(
        "The road stayed shut, leaving about 300 lorries stranded.",
        "en",
    );
    assert!(cues_of(&en, "movement").is_empty(), "{en:#?}");
    let en = lex().find("By evening 2,000 people had crossed into Armenia.", "en");
    assert_eq!(
        values(&en, "movement"),
        BTreeSet::from(["departure".to_string()])
    );
}

#[test]
fn provocation_is_said_by_both_sides_and_saboteurs_are_a_label() {
    for (text, lang) in [
        ("Yerevan accused Baku of a provocation.", "en"),
        ("Ереван назвал это провокацией.", "ru"),
        ("Bakı bunu erməni təxribatı adlandırıb.", "az"),
        ("Երևանը դա սադրանք է անվանել։", "hy"),
        ("Ankara bunu provokasyon olarak nitelendirdi.", "tr"),
        ("ერევანმა ეს პროვოკაციად შეაფასა.", "ka"),
        ("ایروان این اقدام را تحریک‌آمیز خواند.", "fa"),
    ] {
        let cues = lex().find(text, lang);
        assert_eq!(
            values(&cues, "loaded"),
            BTreeSet::from(["contested".to_string()]),
            "{text}"
        );
    }
    // the agent noun is a label for the armed group, not the word for the act
    let az = lex().find("Erməni təxribatçılarının hücumu dəf edilib.", "az");
    assert_eq!(
        values(&az, "armed-label"),
        BTreeSet::from(["delegitimising".to_string()])
    );
    assert!(cues_of(&az, "loaded").is_empty(), "{az:#?}");
}

#[test]
fn damage_without_a_doer_is_agentless() {
    for (text, lang) in [
        ("Dozens of gravestones had been smashed.", "en"),
        ("In Sotk wurden zwei Wohnhäuser beschädigt.", "de"),
        ("Многие надгробия разбиты.", "ru"),
        ("Quelques manifestants auraient été interpellés.", "fr"),
        ("Որոշ շիրիմներ պղծվել են։", "hy"),
        ("Qəbirlər dağıdılıb.", "az"),
    ] {
        let cues = lex().find(text, lang);
        assert_eq!(
            values(&cues, "agency"),
            BTreeSet::from(["agentless".to_string()]),
            "{text}: {cues:#?}"
        );
    }
    // with the doer named, no cue
    let by = lex().find("The gravestones had been smashed by vandals.", "en");
    assert!(cues_of(&by, "agency").is_empty(), "{by:#?}");
}

#[test]
fn a_quoted_lowercase_word_is_a_scare_quote() {
    for (text, lang, quoted) in [
        (
            "The opposition called the deal «половинчатой».",
            "en",
            "«половинчатой»",
        ),
        (
            "L'opposition dénonce un accord « au rabais ».",
            "fr",
            "« au rabais »",
        ),
        (
            "Ընդդիմությունը արձագանքը «ամոթալի» է որակել։",
            "hy",
            "«ամոթալի»",
        ),
        (
            "Washington hailed a “historic step”.",
            "en",
            "“historic step”",
        ),
        // an acronym of common nouns beside a lowercase word, with or without a case ending
        (
            "Bakanlık aracı “casus İHA” olarak nitelendirdi.",
            "tr",
            "“casus İHA”",
        ),
        (
            "Nazirlik “kəşfiyyat PUA-sı” adlandırdığı aparatdan danışır.",
            "az",
            "“kəşfiyyat PUA-sı”",
        ),
        // led by a lowercase word, half or more of the words lowercase: a capital inside
        (
            "The president called oil and gas a “gift of God” in his speech.",
            "en",
            "“gift of God”",
        ),
        (
            "Газета называет коридор «маршрутом Трампа».",
            "ru",
            "«маршрутом Трампа»",
        ),
    ] {
        let cues = lex().find(text, lang);
        let sq = cues_of(&cues, "scare-quote");
        assert_eq!(sq.len(), 1, "{text}: {cues:#?}");
        assert_eq!(sq[0].surface, quoted);
        assert_eq!(sq[0].value, "distancing");
    }
    // names, figures, code and caseless scripts are not
    for (text, lang) in [
        ("They were stopped at the “Lachin” checkpoint.", "en"),
        (
            "Staff removed the string <script>alert(\"x\")</script>.",
            "en",
        ),
        ("The “2,000” figure was disputed.", "en"),
        // an acronym alone is a name
        ("Officials met at the “NATO” summit.", "en"),
        ("The “EU Mission” patrolled the border.", "en"),
        // a title starts with its capital; one lowercase word among capitals is not half
        ("He quoted “Return of the King” at length.", "en"),
        ("They sang “the Star Spangled Banner” at the end.", "en"),
        (
            "Protesters called the visit „დამამცირებელი“ in Tbilisi.",
            "en",
        ),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            cues_of(&cues, "scare-quote").is_empty(),
            "{text}: {cues:#?}"
        );
    }
}

#[test]
fn long_or_neutral_quotations_are_not_scare_quotes() {
    let speech = "“We left everything, even the graves of our parents,” said Lilit.";
    assert!(cues_of(&lex().find(speech, "en"), "scare-quote").is_empty());
    let name = "They were detained at the “Lachin” checkpoint.";
    assert!(cues_of(&lex().find(name, "en"), "scare-quote").is_empty());
}

#[test]
fn scare_quote_by_marker() {
    let ru = lex().find(
        "В ходе так называемой «антитеррористической операции» погибли мирные жители.",
        "ru",
    );
    let sq = cues_of(&ru, "scare-quote");
    let surfaces: Vec<&str> = sq.iter().map(|c| c.surface.as_str()).collect();
    assert_eq!(
        surfaces,
        vec!["так называемой", "«антитеррористической операции»"]
    );
    assert_eq!(sq[0].value, "marker");
    assert_eq!(sq[1].value, "distancing");
    let de = lex().find("Die „sogenannte“ Republik wurde aufgelöst.", "de");
    let m = cues_of(&de, "scare-quote");
    assert_eq!(m.len(), 1);
    assert_eq!(
        (m[0].surface.as_str(), m[0].value.as_str()),
        ("sogenannte", "marker")
    );
    for (lang, text, marker) in [
        ("en", "the so-called state minister", "so-called"),
        ("az", "qondarma rejimin başçısı", "qondarma"),
        ("tr", "sözde rejimin lideri", "sözde"),
        (
            "hy",
            "այսպես կոչված հանրապետության ղեկավարը",
            "այսպես կոչված",
        ),
        ("es", "la llamada república", "llamada"),
        ("fr", "la soi-disant république", "soi-disant"),
        ("uk", "так звана республіка", "так звана"),
        ("ar", "ما يسمى بالجمهورية", "ما يسمى"),
        ("ka", "ე.წ. რესპუბლიკის ლიდერი", "ე.წ."),
        ("fa", "رهبر به اصطلاح جمهوری", "به اصطلاح"),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            cues_of(&cues, "scare-quote")
                .iter()
                .any(|c| c.surface == marker && c.value == "marker"),
            "{lang}: {cues:#?}"
        );
    }
    // "self-proclaimed" describes the polity as unrecognised; it is not a marker that disowns a
    // name (the gold set's annotators, every language)
    for (lang, text) in [
        ("en", "the self-proclaimed Nagorno-Karabakh Republic"),
        ("de", "die selbst ernannte Republik"),
        ("es", "la autoproclamada república"),
        ("ru", "самопровозглашённой республики"),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            cues_of(&cues, "scare-quote").is_empty(),
            "{lang}: {cues:#?}"
        );
        assert_eq!(
            cues_of(&cues, "polity-label")[0].value,
            "unrecognised",
            "{lang}: {cues:#?}"
        );
    }
}

#[test]
fn no_match_inside_longer_words() {
    let cues = lex().find("A fledgling startup with a cleft logo had leftovers.", "en");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
    // `huir` is a whole-word entry: the future `huirán` is not it
    let cues = lex().find("Mañana huirán los cobardes del antiterrorismo.", "es");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
    let cues = lex().find("It announced local anti-terrorist measures.", "en");
    assert!(
        cues_of(&cues, "armed-label").is_empty(),
        "hyphen joins words: {cues:#?}"
    );
    let cues = lex().find("Kaçakçılar yakalandı.", "tr");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
    // "ժամանակավոր" (temporary) and "ժամանակ" (time) begin like "ժամանել" (to arrive), and an
    // arrival is no departure
    let cues = lex().find(
        "Ժամանակավոր ճանապարհը բաց է արդեն երկու ժամ, ժամանակին։ Նրանք ժամանեցին Գորիս։",
        "hy",
    );
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
    let cues = lex().find("Նրանք հեռացան Ստեփանակերտից։", "hy");
    assert_eq!(cues_of(&cues, "movement")[0].surface, "հեռացան");
    // ... but stems (`prefix = true`) do take endings, and the cue spans the whole word
    let cues = lex().find("Число беженцев растёт.", "ru");
    assert_eq!(cues_of(&cues, "movement")[0].surface, "беженцев");
    let cues = lex().find("Die Antiterrormaßnahmen endeten.", "de");
    assert_eq!(cues_of(&cues, "loaded")[0].surface, "Antiterrormaßnahmen");
}

#[test]
fn adjacent_words_of_one_cue_are_one_cue() {
    // "açıklamasına" and "göre" are each an attribution; together they are one
    let cues = lex().find("Bakanlığın açıklamasına göre, ateş durduruldu.", "tr");
    let att = cues_of(&cues, "attribution");
    assert_eq!(att.len(), 1, "{cues:#?}");
    assert_eq!(att[0].surface, "açıklamasına göre");
    assert!(
        att[0].explanation.contains("“açıklamasına göre”"),
        "{att:#?}"
    );
    // with words between them, they stay two
    let cues = lex().find("Açıklamasına bakılırsa, yetkililere göre ateş durdu.", "tr");
    let surfaces: Vec<&str> = cues_of(&cues, "attribution")
        .iter()
        .map(|c| c.surface.as_str())
        .collect();
    assert_eq!(surfaces, ["Açıklamasına", "göre"], "{cues:#?}");
}

#[test]
fn an_attribution_inside_a_hedge_is_the_hedge() {
    let cues = lex().find("Перестрелка, как сообщается, продолжалась два часа.", "ru");
    assert_eq!(
        cues_of(&cues, "hedge")[0].surface,
        "как сообщается",
        "{cues:#?}"
    );
    assert!(cues_of(&cues, "attribution").is_empty(), "{cues:#?}");
    // on its own the same word is an attribution
    let cues = lex().find("Сообщается, что перестрелка продолжалась два часа.", "ru");
    assert_eq!(
        cues_of(&cues, "attribution")[0].surface,
        "Сообщается",
        "{cues:#?}"
    );
}

#[test]
fn case_folding_turkic_and_whitespace() {
    let cues = lex().find("BİNLERCE KİŞİ KAÇTI.", "tr");
    assert_eq!(
        values(&cues, "movement"),
        BTreeSet::from(["forced".to_string()])
    );
    let cues = lex().find("ERMƏNİSTANIN İDDİALARI", "az");
    assert_eq!(
        values(&cues, "attribution"),
        BTreeSet::from(["doubt".to_string()])
    );
    let text = "they were FORCED\n   to flee";
    let cues = lex().find(text, "en-GB");
    let m = cues_of(&cues, "movement");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].surface, "FORCED\n   to flee");
    assert!(
        lex().find(text, "xx").is_empty(),
        "unknown language gives nothing"
    );
}

#[test]
fn arabic_proclitics_and_harakat() {
    let cues = lex().find("ووصل معظم النّازحين إلى بلدة غوريس.", "ar");
    let m = cues_of(&cues, "movement");
    assert_eq!(m[0].surface, "النّازحين");
    assert_eq!(m[0].value, "displaced");
    let cues = lex().find("إجراءات محلية لمكافحة الإرهاب", "ar");
    assert_eq!(cues_of(&cues, "loaded")[0].surface, "لمكافحة الإرهاب");
}

#[test]
fn longest_match_wins_within_a_category() {
    let cues = lex().find("Residents were forced to flee.", "en");
    let m = cues_of(&cues, "movement");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].surface, "forced to flee");
    let cues = lex().find("Массовый выезд начался 24 сентября.", "ru");
    let m = cues_of(&cues, "movement");
    assert_eq!((m.len(), m[0].value.as_str()), (1, "exodus"));
    // ignore-role phrases block the shorter cue
    let cues = lex().find("No Armenians would be left in the region.", "en");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
}

/// A detainee's supporters call him a political prisoner; the authorities charge a coup plot;
/// an outlet calls an agency's office a spy nest: each is one side's reading (loaded /
/// contested). Charges are attributed to those who make
/// them, German separable verbs included ("werfen ihm … vor"), and conditional modals hedge.
#[test]
fn charges_labels_and_conditional_hedges() {
    for (lang, text, category, value, surface) in [
        (
            "en",
            "His lawyers call him a political prisoner.",
            "loaded",
            "contested",
            "political prisoner",
        ),
        (
            "ru",
            "Родные считают его политзаключённым.",
            "loaded",
            "contested",
            "политзаключённым",
        ),
        (
            "fr",
            "Ses partisans voient en lui un prisonnier politique.",
            "loaded",
            "contested",
            "prisonnier politique",
        ),
        (
            "de",
            "Die Behörden sprechen von einem Umsturzplan.",
            "loaded",
            "contested",
            "Umsturzplan",
        ),
        (
            "az",
            "Keşiş dövlət çevrilişinə hazırlıqda günahlandırılır.",
            "loaded",
            "contested",
            "dövlət çevrilişinə",
        ),
        (
            "hy",
            "Իշխանությունները խոսում են հեղաշրջման ծրագրի մասին։",
            "loaded",
            "contested",
            "հեղաշրջման",
        ),
        (
            "de",
            "Ermittler werfen ihm öffentliche Aufrufe zur Machtergreifung vor.",
            "attribution",
            "neutral",
            "werfen",
        ),
        (
            "fr",
            "Il est accusé d'avoir appelé à prendre le pouvoir.",
            "attribution",
            "neutral",
            "accusé d'avoir",
        ),
        (
            "de",
            "Die Räumung könnte Jahrzehnte dauern.",
            "hedge",
            "uncertain",
            "könnte",
        ),
        (
            "fr",
            "Le déminage pourrait prendre des décennies.",
            "hedge",
            "uncertain",
            "pourrait",
        ),
        (
            "tr",
            "Uzmanlar bunun bir füze olabileceğini belirtiyor.",
            "hedge",
            "uncertain",
            "olabileceğini",
        ),
        // an office called a spy nest: the accusation is one side's reading
        (
            "az",
            "Deputat agentliyin ofisini casus yuvası adlandırıb.",
            "loaded",
            "contested",
            "casus yuvası",
        ),
        (
            "ru",
            "Газета назвала редакцию шпионским гнездом.",
            "loaded",
            "contested",
            "шпионским гнездом",
        ),
        // pluperfect and participle reporting verbs, a modal hedge
        (
            "fr",
            "Le président avait accusé la France de répression.",
            "attribution",
            "neutral",
            "avait accusé",
        ),
        (
            "fr",
            "Il a qualifié le gaz de don, estimant que nul ne devait en rougir.",
            "attribution",
            "neutral",
            "estimant",
        ),
        (
            "de",
            "Die Summe dürfte durch die Inflation an Wert verlieren.",
            "hedge",
            "uncertain",
            "dürfte",
        ),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            has_cue(&cues, category, value, surface),
            "{lang}: {cues:#?}"
        );
    }
    // "werfen … vor" charges; "werfen" without "vor" throws
    let de = lex().find("Demonstranten werfen Steine auf die Polizei.", "de");
    assert!(cues_of(&de, "attribution").is_empty(), "no 'vor': {de:#?}");
}

#[test]
fn agency_rule_positive_and_negative() {
    let yes = lex().find("At least ten civilians were killed on Tuesday.", "en");
    let a = cues_of(&yes, "agency");
    assert_eq!(a.len(), 1);
    assert_eq!(
        (a[0].surface.as_str(), a[0].value.as_str()),
        ("were killed", "agentless")
    );
    assert_eq!(a[0].source, "rule:passive-without-agent");
    let no = lex().find("Ten civilians were killed by shelling.", "en");
    assert!(cues_of(&no, "agency").is_empty(), "{no:#?}");
    let no = lex().find("The army killed ten civilians.", "en");
    assert!(cues_of(&no, "agency").is_empty());
    let adv = lex().find("Two men had reportedly been killed.", "en");
    assert_eq!(cues_of(&adv, "agency")[0].surface, "been killed");

    let ru = lex().find("Пять миротворцев были убиты у аэропорта.", "ru");
    assert_eq!(cues_of(&ru, "agency")[0].surface, "были убиты");
    let ru = lex().find("По данным Минобороны, ранены 192 военнослужащих.", "ru");
    let a = cues_of(&ru, "agency");
    assert_eq!(
        (a[0].surface.as_str(), a[0].source.as_str()),
        ("ранены", "rule:agentless-verb")
    );
    let ru = lex().find("Пять человек были убиты азербайджанскими военными.", "ru");
    assert!(
        cues_of(&ru, "agency").is_empty(),
        "instrumental agent: {ru:#?}"
    );
    let ru = lex().find("Мирные жители были убиты со стороны армии.", "ru");
    assert!(cues_of(&ru, "agency").is_empty());
    // verb-final languages: the agent marker stands before the verb
    let az = lex().find("Partlayış nəticəsində 170 nəfər yaralanıb.", "az");
    assert!(cues_of(&az, "agency").is_empty(), "{az:#?}");
    let az = lex().find("170 nəfər yaralanıb.", "az");
    assert_eq!(cues_of(&az, "agency")[0].surface, "yaralanıb");
    // German subordinate clauses put the auxiliary after the participle (`window_after`)
    let de = lex().find(
        "Er erinnerte an Flug MH17, dessen Insassen getötet wurden.",
        "de",
    );
    assert_eq!(cues_of(&de, "agency")[0].surface, "getötet wurden");
    let de = lex().find(
        "Die Insassen, die von Soldaten getötet wurden, sind bekannt.",
        "de",
    );
    assert!(cues_of(&de, "agency").is_empty(), "agent before: {de:#?}");
    let de = lex().find("Die Brücke ist seit Montag zerstört.", "de");
    assert!(cues_of(&de, "agency").is_empty(), "no auxiliary: {de:#?}");
}

/// Agency is the passive without an agent (the "passive without agent vs active"):
/// an intransitive verb of dying ("died", "погибли", "həlak olub", "զոհվել են") is no passive
/// and no cue, as the gold set's annotators read it in every story (dropping these verbs fixed
/// 44 cues the gold did not expect and lost none it did); "were killed" still is.
#[test]
fn dying_is_no_passive() {
    for (lang, text) in [
        ("en", "Three people died in the village."),
        ("ru", "В селе погибли три человека."),
        ("az", "Kənddə üç nəfər həlak olub."),
        ("hy", "Գյուղում զոհվել են երեք մարդ։"),
        ("fr", "Trois personnes ont péri dans le village."),
        ("de", "Drei Menschen kamen ums Leben."),
    ] {
        let cues = lex().find(text, lang);
        assert!(cues_of(&cues, "agency").is_empty(), "{lang}: {cues:#?}");
    }
    let cues = lex().find("Three people were killed in the village.", "en");
    assert!(has_cue(&cues, "agency", "agentless", "were killed"));
}

#[test]
fn a_marker_that_starts_a_phrase_naming_no_one_names_no_agent() {
    let agentless = |text: &str, lang: &str| -> Vec<String> {
        cues_of(&lex().find(text, lang), "agency")
            .iter()
            .map(|c| c.surface.clone())
            .collect()
    };
    // "por la noche" is a time, "par jour" a rate, "by Friday" a deadline: no agent
    assert_eq!(
        agentless("El ingeniero fue detenido el miércoles por la noche.", "es"),
        ["fue detenido"]
    );
    assert_eq!(
        agentless(
            "Six soldats ont été tués en une semaine, presque un par jour.",
            "fr"
        ),
        ["été tués"]
    );
    assert_eq!(
        agentless("Five villages were shelled by Friday.", "en"),
        ["were shelled"]
    );
    // the marker itself still names one
    assert!(agentless("El ingeniero fue detenido por la policía.", "es").is_empty());
    assert!(agentless("Five villages were shelled by the army.", "en").is_empty());
    assert!(agentless("Six soldats ont été tués par l'artillerie.", "fr").is_empty());
    // arrests reported without the arresting side, in the languages that say them without an
    // auxiliary
    assert_eq!(agentless("Директор лагеря задержан.", "ru"), ["задержан"]);
    assert_eq!(
        agentless("Kamp müdürü gözaltına alındı.", "tr"),
        ["gözaltına alındı"]
    );
    assert_eq!(
        agentless("Seis personas fueron detenidas, según el Ministerio.", "es"),
        ["fueron detenidas"]
    );
}

#[test]
fn common_reporting_verbs_are_attributions() {
    for (text, lang, verb) in [
        (
            "Azerbaiyán acusó a Armenia de desviar el agua.",
            "es",
            "acusó",
        ),
        (
            "El Gobierno replicó que la medida es temporal.",
            "es",
            "replicó",
        ),
        (
            "The minister reiterated that the border stays closed.",
            "en",
            "reiterated",
        ),
        (
            "Le ministre a rappelé que la frontière restait fermée.",
            "fr",
            "a rappelé",
        ),
        (
            "Министр подчеркнул, что граница закрыта.",
            "ru",
            "подчеркнул",
        ),
        (
            "Bakan, sınırın kapalı kalacağını vurguladı.",
            "tr",
            "vurguladı",
        ),
    ] {
        let cues = lex().find(text, lang);
        let a = cues_of(&cues, "attribution");
        assert!(
            a.iter().any(|c| c.surface.eq_ignore_ascii_case(verb)),
            "{lang}: {text} {cues:#?}"
        );
    }
    // "a partir del 1 de abril" is a date, not a departure
    let cues = lex().find("Los pagos cesan a partir del 1 de abril.", "es");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
}

#[test]
fn contrast_on_found_cues() {
    let l = lex().find("More than 100,000 people fled.", "en");
    let r = lex().find("More than 100,000 people left.", "en");
    let p = contrast(&l.iter().collect::<Vec<_>>(), &r.iter().collect::<Vec<_>>());
    let m: Vec<&PairCue> = p.iter().filter(|p| p.category == "movement").collect();
    assert_eq!(m.len(), 1, "{p:#?}");
    assert_eq!(
        m[0].explanation,
        "left side: flight (fled); right side: departure (left)"
    );

    let l = lex().find("Baku called it an “anti-terrorist” operation.", "en");
    let r = lex().find("Баку начал антитеррористическую операцию.", "ru");
    let p = contrast(&l.iter().collect::<Vec<_>>(), &r.iter().collect::<Vec<_>>());
    let s: Vec<&PairCue> = p.iter().filter(|p| p.category == "scare-quote").collect();
    assert_eq!(s.len(), 1, "{p:#?}");
    assert_eq!(s[0].left, vec!["“anti-terrorist”"]);
    assert!(s[0].right.is_empty());
    // the left side keeps its distance from the word the right side uses as its own: its
    // quoted loaded cue is listed on the sentence but is no vocabulary of the writer's
    assert!(cues_of(&l, "loaded").iter().all(|c| c.quoted), "{l:#?}");
    let loaded: Vec<&PairCue> = p.iter().filter(|p| p.category == "loaded").collect();
    assert_eq!(loaded.len(), 1, "{p:#?}");
    assert!(loaded[0].left.is_empty(), "{p:#?}");
    assert_eq!(loaded[0].right.len(), 1, "{p:#?}");
    // nor does an outlet's rate of loaded terms count it
    let r = rates(0, &l.iter().collect::<Vec<_>>(), 100);
    let loaded_rate = r.iter().find(|r| r.category == "loaded").unwrap();
    assert_eq!(loaded_rate.count, 0, "{r:#?}");

    let l = lex().find("Officials claimed that 200 people died.", "en");
    let r = lex().find("Officials said that 200 people died.", "en");
    let p = contrast(&l.iter().collect::<Vec<_>>(), &r.iter().collect::<Vec<_>>());
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].category, "attribution");
}

#[test]
fn malformed_lexicon_names_file_line_column() {
    let bad = "[lexicon]\nlang = \"en\"\n\n[[category]]\nid = \"x\"\nexplanation = 5\n";
    let e = Lexicon::from_toml(bad, "bad.toml").unwrap_err().to_string();
    assert!(e.starts_with("bad.toml:6:15: "), "{e}");
    let syntax = "[lexicon]\nlang = \"en\n";
    let e = Lexicon::from_toml(syntax, "s.toml")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("s.toml:2:"), "{e}");
    let dup = "[lexicon]\nlang = \"en\"\n[[category]]\nid = \"movement\"\nexplanation = \"m\"\nentries = [\n  { terms = [\"fled\", \"Fled\"], value = \"forced\" },\n]\n";
    let e = Lexicon::from_toml(dup, "dup.toml").unwrap_err().to_string();
    assert!(e.starts_with("dup.toml:7:22: "), "{e}");
    assert!(e.contains("appears twice"), "{e}");
    let unknown = "[lexicon]\nlang = \"en\"\nlnag = \"x\"\n";
    let e = Lexicon::from_toml(unknown, "u.toml")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("u.toml:3:1: "), "{e}");
    let role = "[lexicon]\nlang = \"en\"\n[[category]]\nid = \"x\"\nexplanation = \"m\"\nrole = \"sometimes\"\n";
    let e = Lexicon::from_toml(role, "r.toml").unwrap_err().to_string();
    assert!(e.starts_with("r.toml:6:8: "), "{e}");
}

#[test]
fn merge_adds_and_replaces_terms() {
    let mut lex = Lexicon::embedded().unwrap();
    let user = "[lexicon]\nlang = \"en\"\n[[category]]\nid = \"movement\"\nexplanation = \"m\"\nentries = [\n  { terms = [\"skedaddled\"], value = \"forced\", explanation = \"is slang for flight\" },\n  { terms = [\"left\"], value = \"voluntary\" },\n]\n";
    lex.merge(Lexicon::from_toml(user, "user.toml").unwrap());
    let cues = lex.find("They skedaddled, and others left.", "en");
    let m = cues_of(&cues, "movement");
    assert_eq!(m.len(), 2, "{cues:#?}");
    assert_eq!(
        (m[0].value.as_str(), m[0].explanation.as_str()),
        ("forced", "“skedaddled” is slang for flight")
    );
    assert_eq!(
        m[1].value, "voluntary",
        "the user's entry replaced the embedded one"
    );
    assert_eq!(lex.files.last().unwrap(), "user.toml");
    // a new language
    let xx = "[lexicon]\nlang = \"xx\"\n[[category]]\nid = \"movement\"\nexplanation = \"m\"\nentries = [ { terms = [\"zog\"], value = \"forced\" } ]\n";
    lex.merge(Lexicon::from_toml(xx, "xx.toml").unwrap());
    assert_eq!(lex.find("ZOG!", "xx").len(), 1);
}

/// Sentence-ish pieces of a sample article: the header line dropped, hard wraps joined,
/// paragraphs split at sentence punctuation.
fn sample_sentences(text: &str) -> Vec<String> {
    let body = text
        .strip_prefix(' ')
        .map_or(text, |t| t.split_once('\n').map_or("", |(_, b)| b));
    let mut out = Vec::new();
    for para in body.split("\n\n") {
        let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut cur = String::new();
        for ch in para.chars() {
            cur.push(ch);
            if matches!(ch, '.' | '!' | '?' | '։' | '؟') && cur.trim().chars().count() > 40 {
                out.push(std::mem::take(&mut cur).trim().to_string());
            }
        }
        if !cur.trim().is_empty() {
            out.push(cur.trim().to_string());
        }
    }
    out
}

#[test]
fn samples_get_cues_in_every_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/karabakh-2023");
    let mut movement = std::collections::BTreeMap::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("samples directory") {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let lang = name.split('-').next().unwrap().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut cues = Vec::new();
        for s in sample_sentences(&text) {
            for c in lex().find(&s, &lang) {
                assert_eq!(&s[c.span.start..c.span.end], c.surface);
                cues.push(c);
            }
        }
        assert!(
            cues.len() >= 3,
            "{name}: only {} cues: {cues:#?}",
            cues.len()
        );
        let cats: BTreeSet<&str> = cues.iter().map(|c| c.category.as_str()).collect();
        assert!(cats.contains("movement"), "{name}: no movement cue");
        assert!(cats.contains("loaded"), "{name}: no loaded cue");
        movement.insert(name, values(&cues, "movement"));
        n += 1;
    }
    assert_eq!(n, 12, "twelve sample articles");
    let pro_hy = &movement["en-ararat-ledger"];
    let pro_az = &movement["en-caspian-courier"];
    assert_ne!(pro_hy, pro_az);
    assert!(
        pro_hy.contains("forced") && !pro_az.contains("forced"),
        "{pro_hy:?} vs {pro_az:?}"
    );
    assert!(pro_az.contains("voluntary"), "{pro_az:?}");
}

/// Fragments that exercise folding, quotes, stems and multi-byte text.
const FRAGMENTS: &[&str] = &[
    "fled",
    "left",
    "so-called",
    "“",
    "”",
    "«",
    "»",
    "„",
    "\"",
    "'",
    "’",
    " ",
    "\n",
    "  ",
    "were",
    "killed",
    "by",
    "İ",
    "I",
    "ı",
    "KAÇTI",
    "беженцев",
    "так называемой",
    "ё",
    "Ё",
    "антитеррористической",
    "ّ",
    "ـ",
    "النازحين",
    "و",
    "ال",
    "՞",
    "փախստական",
    "-",
    "…",
    "a",
    "é",
    "e\u{301}",
    "ß",
    "Antiterror",
    "\u{200b}",
    "\u{ad}",
    "x",
    "1",
    "。",
    "🙂",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn find_never_panics_and_spans_are_valid(
        parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..24),
        noise in "\\PC{0,12}",
        lang in proptest::sample::select(LANGS),
    ) {
        let text = format!("{}{noise}", parts.concat());
        for c in lex().find(&text, lang) {
            prop_assert!(c.span.start <= c.span.end && c.span.end <= text.len());
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            prop_assert_eq!(&text[c.span.start..c.span.end], c.surface.as_str());
        }
    }
}

/// Whether a cue of this category and value covers exactly `surface`.
fn has(cues: &[Cue], category: &str, value: &str, surface: &str) -> bool {
    cues.iter()
        .any(|c| c.category == category && c.value == value && c.surface == surface)
}

/// Every (category, value, surface) of `expected` is among `cues`.
fn assert_has_all(cues: &[Cue], expected: &[(&str, &str, &str)]) {
    for &(cat, value, surface) in expected {
        assert!(has(cues, cat, value, surface), "{cat} {surface}: {cues:#?}");
    }
}

#[test]
fn georgian_sentence_gets_its_cues() {
    // "According to the ministry's information, thousands of people fled after the so-called
    // anti-terrorist operation, during which dozens of civilians were wounded."
    let text = "სამინისტროს ინფორმაციით, ათასობით ადამიანი გაიქცა ე.წ. ანტიტერორისტული \
                ოპერაციის შემდეგ, რომლის დროსაც ათობით მშვიდობიანი მოქალაქე დაიჭრა.";
    let cues = lex().find(text, "ka");
    assert_has_all(
        &cues,
        &[
            ("attribution", "neutral", "ინფორმაციით"),
            ("movement", "forced", "გაიქცა"),
            ("scare-quote", "marker", "ე.წ."),
            ("loaded", "az-frame", "ანტიტერორისტული"),
            ("agency", "agentless", "დაიჭრა"),
        ],
    );
    // case endings: the stem takes them, and adjective + noun phrases in three forms
    let cues = lex().find(
        "სეპარატისტულმა რეჟიმმა ლტოლვილების რიცხვი დამალა, ამტკიცებს ოპოზიცია.",
        "ka",
    );
    assert!(
        has(
            &cues,
            "polity-label",
            "delegitimising",
            "სეპარატისტულმა რეჟიმმა"
        ),
        "{cues:#?}"
    );
    assert!(has(&cues, "movement", "forced", "ლტოლვილების"), "{cues:#?}");
    assert!(has(&cues, "attribution", "doubt", "ამტკიცებს"), "{cues:#?}");
    // the agent named (by the army): no agency cue; the IDP term is displacement
    let cues = lex().find(
        "აზერბაიჯანის არმიის მიერ ორი სოფელი დაზიანდა, ხოლო იძულებით გადაადგილებული პირები \
         ევაკუაციას ელოდებიან.",
        "ka",
    );
    assert!(cues_of(&cues, "agency").is_empty(), "{cues:#?}");
    assert_eq!(
        values(&cues, "movement"),
        BTreeSet::from(["displaced".to_string(), "evacuation".to_string()]),
        "{cues:#?}"
    );
    // leaving a post is no departure
    let cues = lex().find("მინისტრმა თანამდებობა დატოვა.", "ka");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
}

#[test]
fn persian_sentence_gets_its_cues() {
    // "According to the agencies, tens of thousands of Armenians fled Karabakh after
    // Azerbaijan's anti-terrorist operation, and at least two hundred people were killed."
    let text = "به گزارش خبرگزاری‌ها، ده‌ها هزار ارمنی پس از عملیات ضد تروریستی آذربایجان \
                از قره‌باغ گریختند و دست‌کم دویست نفر کشته شدند.";
    let cues = lex().find(text, "fa");
    assert_has_all(
        &cues,
        &[
            ("attribution", "neutral", "به گزارش"),
            ("loaded", "az-frame", "ضد تروریستی"),
            ("movement", "forced", "گریختند"),
            ("agency", "agentless", "کشته شدند"),
        ],
    );
    // the longest match wins: "so-called republic", not "Republic of Artsakh"
    let cues = lex().find(
        "مقامات باکو مدعی شدند که به‌اصطلاح جمهوری آرتساخ منحل شده است.",
        "fa",
    );
    assert!(has(&cues, "attribution", "doubt", "مدعی شدند"), "{cues:#?}");
    assert!(has(&cues, "scare-quote", "marker", "به‌اصطلاح"), "{cues:#?}");
    assert_eq!(
        values(&cues, "polity-label"),
        BTreeSet::from(["delegitimising".to_string()]),
        "{cues:#?}"
    );
    // ZWNJ, joined and spaced spellings, and Arabic ي ك typed for Persian ی ک
    for text in [
        "ساکنان آواره‌ها را تخلیه کردند و مقامات گفته‌اند که ظاهراً ده نفر زخمی شده‌اند.",
        "ساکنان آوارهها را تخلیه کردند و مقامات گفتهاند که ظاهرا ده نفر زخمی شدهاند.",
        "ساکنان آواره ها را تخلیه کردند و مقامات گفته اند که ظاهراً ده نفر زخمی شده اند.",
        "ساكنان آواره‌ها را تخليه كردند و مقامات گفته‌اند كه ظاهراً ده نفر زخمي شده‌اند.",
    ] {
        let cues = lex().find(text, "fa");
        assert_eq!(
            values(&cues, "movement"),
            BTreeSet::from(["displaced".to_string(), "evacuation".to_string()]),
            "{text}: {cues:#?}"
        );
        assert_eq!(
            values(&cues, "attribution"),
            BTreeSet::from(["neutral".to_string()]),
            "{text}"
        );
        assert_eq!(
            values(&cues, "hedge"),
            BTreeSet::from(["uncertain".to_string()]),
            "{text}"
        );
        assert_eq!(
            values(&cues, "agency"),
            BTreeSet::from(["agentless".to_string()]),
            "{text}"
        );
    }
    // the agent named: no agency cue; a conversation (گفت و گو) is no "said"
    let cues = lex().find(
        "دو غیرنظامی توسط نیروهای آذربایجانی کشته شدند و گفت و گو ادامه دارد.",
        "fa",
    );
    assert!(cues_of(&cues, "agency").is_empty(), "{cues:#?}");
    assert!(cues_of(&cues, "attribution").is_empty(), "{cues:#?}");
    // a Turk (ترک) is no departure
    let cues = lex().find("یک ترک و یک ارمنی در این نشست حضور داشتند.", "fa");
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
}

/// A finding reported as a conclusion is attributed ("concluded that", "пришла к выводу", "kam
/// zu dem Schluss", Turkish converbs such as "söyleyerek"); an event that concludes is not.
#[test]
fn a_conclusion_and_a_reporting_converb_are_attributions() {
    for (text, lang, surface) in [
        (
            "An internal commission concluded that the driver had entered a closed area.",
            "en",
            "concluded that",
        ),
        (
            "Комиссия пришла к выводу, что водитель нарушил правила.",
            "ru",
            "пришла к выводу",
        ),
        (
            "Die Kommission kam zu dem Schluss, dass der Fahrer schuld sei.",
            "de",
            "kam zu dem Schluss",
        ),
        (
            "La comisión concluyó que el conductor era el responsable.",
            "es",
            "concluyó que",
        ),
        (
            "Paşinyan, taleplerin haklı olduğunu söyleyerek bir arabulucu atadı.",
            "tr",
            "söyleyerek",
        ),
        ("Փաշինյանը պահանջներն արդարացի համարեց։", "hy", "համարեց"),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            has_cue(&cues, "attribution", "neutral", surface),
            "{lang}: {cues:#?}"
        );
    }
    let ended = lex().find("The talks concluded on Friday in Brussels.", "en");
    assert!(cues_of(&ended, "attribution").is_empty(), "{ended:#?}");
}

/// "Left" reports a departure of people, not leaving a vehicle or a building, nor leaving
/// something in a state ("left unattended", "left without…").
#[test]
fn leaving_a_plane_or_a_state_is_no_departure() {
    for text in [
        "The passengers left the aircraft by the stairs.",
        "No one had left the transit area, the service said.",
        "The boxes stood on the tarmac for days, left unattended.",
        "Hundreds of lorries were left without refrigeration.",
    ] {
        let cues = lex().find(text, "en");
        assert!(cues_of(&cues, "movement").is_empty(), "{text}: {cues:#?}");
    }
    let exodus = lex().find("About 100,000 people left Karabakh within a week.", "en");
    assert_eq!(
        values(&exodus, "movement"),
        BTreeSet::from(["departure".to_string()])
    );
}

#[test]
fn words_that_also_mean_something_else_are_no_cue() {
    // "dejar de" is to stop doing, "salida al mar" an outlet: no one leaves
    let cues = lex().find(
        "Las bombas dejaron de funcionar en un país sin salida al mar.",
        "es",
    );
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
    let cues = lex().find("Los vecinos abandonaron el pueblo.", "es");
    assert_eq!(cues_of(&cues, "movement")[0].value, "departure");
    // hectares "partis en fumée" burned; two teams "se quittent" after a match
    let cues = lex().find(
        "Mille hectares sont partis en fumée. Les deux équipes se quittent sur un nul.",
        "fr",
    );
    assert!(cues_of(&cues, "movement").is_empty(), "{cues:#?}");
    // the release of prisoners is no liberation of land
    let cues = lex().find("Баку объявил об освобождении заложников.", "ru");
    assert!(cues_of(&cues, "loaded").is_empty(), "{cues:#?}");
    let cues = lex().find("Годовщина освобождения Шуши.", "ru");
    assert_eq!(cues_of(&cues, "loaded")[0].value, "az-frame");
    let cues = lex().find("Pidió la liberación de los presos.", "es");
    assert!(cues_of(&cues, "loaded").is_empty(), "{cues:#?}");
    // "forced to leave" with an auxiliary between is still forced, not a plain departure
    let cues = lex().find("Ընտանիքը ստիպված է եղել լքել գյուղը։", "hy");
    let movement = cues_of(&cues, "movement");
    assert_eq!(movement.len(), 1, "{cues:#?}");
    assert_eq!(movement[0].value, "forced");
}

#[test]
fn the_corridor_through_syunik_is_bakus_word_in_every_language() {
    for (lang, text) in [
        ("en", "Baku again demanded the Zangezur corridor."),
        ("ru", "Баку вновь потребовал Зангезурского коридора."),
        ("az", "Zəngəzur dəhlizinin açılması gündəmdədir."),
        ("hy", "Բաքուն կրկին խոսեց Զանգեզուրի միջանցքի մասին։"),
        ("de", "Baku fordert den Sangesur-Korridor."),
        ("fr", "Bakou réclame le corridor de Zanguezour."),
    ] {
        let cues = lex().find(text, lang);
        let loaded = cues_of(&cues, "loaded");
        assert_eq!(loaded.len(), 1, "{lang}: {cues:#?}");
        assert_eq!(loaded[0].value, "az-frame", "{lang}");
    }
    // "hastened to" say so casts doubt on what is said
    let cues = lex().find("В Баку поспешили заявить о провокации.", "ru");
    assert!(
        has_cue(&cues, "attribution", "doubt", "поспешили"),
        "{cues:#?}"
    );
}

#[test]
fn german_soll_with_a_perfect_infinitive_is_hearsay_and_a_plan_is_not() {
    let hearsay = |text: &str| {
        cues_of(&lex().find(text, "de"), "hedge")
            .iter()
            .any(|c| c.value == "hearsay" && c.surface.starts_with("soll"))
    };
    assert!(hearsay(
        "Er soll den Angreifern Zugangspasswörter überlassen haben."
    ));
    assert!(hearsay(
        "In den Dörfern sollen Lehrer angewiesen worden sein, für ihn zu stimmen."
    ));
    assert!(hearsay("Rund 6000 Hektar Felder sollen bedroht sein."));
    // a decimal comma does not end the clause
    assert!(hearsay("Er soll 1,5 Millionen Euro erhalten haben."));
    // a plan or an obligation: the clause ends otherwise
    assert!(!hearsay("Die Arbeiten sollen im Mai beginnen."));
    assert!(!hearsay(
        "Die Regierung soll zurücktreten, sagen sie, und das sei erst der Anfang."
    ));
}

#[test]
fn sabotage_and_ecocide_are_contested_and_saboteurs_a_label() {
    for (lang, text, surface) in [
        (
            "en",
            "The security service opened a case for sabotage.",
            "sabotage",
        ),
        ("ru", "В Ереване заговорили о диверсии.", "диверсии"),
        (
            "hy",
            "Իշխանությունները խոսում են դիվերսիայի մասին։",
            "դիվերսիայի",
        ),
        (
            "tr",
            "Yetkililer bir sabotaj olabileceğini söyledi.",
            "sabotaj",
        ),
        (
            "fr",
            "Le service a ouvert une enquête pour sabotage.",
            "sabotage",
        ),
        ("es", "Se abrió una causa por sabotaje.", "sabotaje"),
        ("en", "Hajiyev called the spill an ecocide.", "ecocide"),
        ("ru", "Баку обвиняет Ереван в экоциде.", "экоциде"),
        ("az", "Hacıyev baş verənləri ekosid adlandırıb.", "ekosid"),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            has_cue(&cues, "loaded", "contested", surface),
            "{lang}: {text} gave {cues:?}"
        );
    }
    // the word inside a label is the label's, not a second cue
    for (lang, text, surface) in [
        (
            "en",
            "Yerevan described them as a sabotage unit.",
            "sabotage unit",
        ),
        (
            "ru",
            "Их называют диверсионной группой.",
            "диверсионной группой",
        ),
        ("ru", "Их называют диверсантами.", "диверсантами"),
        (
            "fr",
            "Erevan parle d'un groupe de sabotage.",
            "groupe de sabotage",
        ),
        ("az", "Təxribat qrupu saxlanılıb.", "Təxribat qrupu"),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            has_cue(&cues, "armed-label", "delegitimising", surface),
            "{lang}: {text} gave {cues:?}"
        );
        assert!(cues_of(&cues, "loaded").is_empty(), "{lang}: {cues:?}");
    }
    // "диверсификация" (diversification) is not sabotage
    assert!(
        cues_of(
            &lex().find("Нужна диверсификация поставок.", "ru"),
            "loaded"
        )
        .is_empty()
    );
}

#[test]
fn a_polity_name_in_scare_quotes_or_after_a_marker_is_denied() {
    for (lang, text, surface) in [
        (
            "az",
            "Onun əşyaları arasında sözdə “DQR”-in bayrağı aşkar edilib.",
            "DQR",
        ),
        (
            "tr",
            "Taraftarlar tribünde sözde “Dağlık Karabağ Cumhuriyeti” bayrağı açtı.",
            "Dağlık Karabağ Cumhuriyeti",
        ),
        (
            "en",
            "The so-called Nagorno-Karabakh Republic was dissolved.",
            "Nagorno-Karabakh Republic",
        ),
        (
            "ru",
            "Так называемая «НКР» прекратила существование.",
            "НКР",
        ),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            has_cue(&cues, "polity-label", "delegitimising", surface),
            "{lang}: {text} gave {cues:?}"
        );
        assert!(
            !cues_of(&cues, "polity-label")
                .iter()
                .any(|c| c.value == "legitimising"),
            "{lang}: {cues:?}"
        );
    }
    // the name said plainly keeps its meaning
    let plain = lex().find("The Nagorno-Karabakh Republic ceased to exist.", "en");
    assert!(has_cue(
        &plain,
        "polity-label",
        "legitimising",
        "Nagorno-Karabakh Republic"
    ));
}

#[test]
fn a_polity_name_after_a_qualifying_label_is_that_label() {
    for (lang, text, value) in [
        (
            "ru",
            "Глава непризнанной НКР подписал указ.",
            "unrecognised",
        ),
        (
            "ru",
            "Болельщики развернули флаг непризнанной Нагорно-Карабахской Республики.",
            "unrecognised",
        ),
        (
            "en",
            "The self-proclaimed Nagorno-Karabakh Republic was dissolved.",
            "unrecognised",
        ),
    ] {
        let cues = lex().find(text, lang);
        assert_eq!(
            values(&cues, "polity-label"),
            BTreeSet::from([value.to_string()]),
            "{text}"
        );
    }
}

#[test]
fn treaty_formulas_are_no_side_s_frame() {
    // a territorial claim is a noun, no doubting attribution; mutual recognition of territorial
    // integrity is what both sides sign, no side's vocabulary
    for (lang, text) in [
        (
            "en",
            "The two would recognise each other's territorial integrity and renounce territorial claims.",
        ),
        ("en", "The term is a veiled claim on its land."),
        (
            "fr",
            "Le traité prévoit la reconnaissance mutuelle de l'intégrité territoriale.",
        ),
        (
            "hy",
            "Կողմերը ճանաչում են միմյանց տարածքային ամբողջականությունը։",
        ),
        (
            "az",
            "Ermənistan Konstitusiyasından ərazi iddialarını çıxarmalıdır.",
        ),
    ] {
        let cues = lex().find(text, lang);
        assert!(cues.is_empty(), "{lang}: {text} gave {cues:#?}");
    }
    // one side's own use stays its frame, and a doubting "claims" stays doubt
    let cues = lex().find("Baku restored its territorial integrity.", "en");
    assert!(has_cue(
        &cues,
        "loaded",
        "az-frame",
        "territorial integrity"
    ));
    let cues = lex().find("The ministry claims the road is open.", "en");
    assert!(has_cue(&cues, "attribution", "doubt", "claims"));
    let cues = lex().find(
        "The ministry claims on its website that the road is open.",
        "en",
    );
    assert!(has_cue(&cues, "attribution", "doubt", "claims"));
}

#[test]
fn forcibly_displaced_is_forced_in_every_language() {
    for (lang, text) in [
        ("en", "Thousands were forcibly displaced from the region."),
        ("hy", "Ավելի քան 100 հազար հայ բռնի տեղահանվեց Արցախից։"),
        ("ru", "Жители были насильственно перемещены."),
        ("fr", "Les habitants ont été déplacés de force."),
    ] {
        let cues = lex().find(text, lang);
        assert_eq!(
            values(&cues, "movement"),
            BTreeSet::from(["forced".to_string()]),
            "{lang}: {cues:#?}"
        );
    }
}

#[test]
fn troops_and_money_leaving_are_no_movement_of_people() {
    for (lang, text) in [
        ("en", "The Russian peacekeepers left Karabakh in June."),
        (
            "ru",
            "Российский миротворческий контингент полностью покинул регион.",
        ),
        ("az", "Rusiya sülhməramlıları bölgəni tərk edib."),
        ("fr", "Les derniers soldats russes ont quitté la région."),
        (
            "de",
            "Die russischen Friedenstruppen haben die Region verlassen.",
        ),
        ("az", "Bərpa işlərinə 20 milyon manat ayrılıb."),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            cues_of(&cues, "movement").is_empty(),
            "{lang}: {text} gave {cues:#?}"
        );
    }
    // people leaving stay a departure, also where troops stand in another clause
    for (lang, text) in [
        ("en", "After the troops withdrew, most residents left."),
        ("ru", "Жители покинули регион."),
        ("az", "Sakinlər bölgəni tərk edib."),
    ] {
        let cues = lex().find(text, lang);
        assert_eq!(
            values(&cues, "movement"),
            BTreeSet::from(["departure".to_string()]),
            "{lang}: {text}"
        );
    }
}

/// Russian and Ukrainian "признать" / "визнати" is to admit (an endorsing attribution) and to
/// recognise a state, a vote or a parliament (no attribution at all).
#[test]
fn recognising_a_state_is_no_admission() {
    for (lang, text) in [
        ("ru", "В 2008 году Россия признала независимость Абхазии."),
        (
            "ru",
            "Она заявила, что не признаёт новый парламент легитимным.",
        ),
        ("uk", "Росія визнала незалежність Абхазії."),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            !values(&cues, "attribution").contains("endorse"),
            "{lang}: {text} gave {cues:#?}"
        );
    }
    let cues = lex().find("Министр признал, что граница была закрыта.", "ru");
    assert!(
        has_cue(&cues, "attribution", "endorse", "признал"),
        "{cues:#?}"
    );
}

/// Leaving an office, a post or a palace is no movement of people: the object after the verb
/// (`not_before`) or before it in SOV languages (`not_after`) tells them apart.
#[test]
fn leaving_office_is_no_departure() {
    for (lang, text) in [
        ("en", "The president said she would not leave office."),
        ("en", "She left the presidential palace on Sunday."),
        ("de", "Am Sonntag verließ sie den Präsidentenpalast."),
        ("fr", "Elle a quitté ses fonctions dimanche."),
        ("tr", "Zurabişvili aynı gün Orbeliani Sarayı'ndan ayrıldı."),
        ("ka", "რამდენიმე ელჩმა თანამდებობები დატოვეს."),
    ] {
        let cues = lex().find(text, lang);
        assert!(
            !values(&cues, "movement").contains("departure"),
            "{lang}: {text} gave {cues:#?}"
        );
    }
    for (lang, text) in [
        ("en", "Thousands left the region on Sunday."),
        ("de", "Am Sonntag verließen Tausende die Region."),
        ("fr", "Des milliers d'habitants ont quitté la région."),
        ("ka", "ათასობით სომეხმა ყარაბაღი დატოვეს."),
    ] {
        let cues = lex().find(text, lang);
        assert_eq!(
            values(&cues, "movement"),
            BTreeSet::from(["departure".to_string()]),
            "{lang}: {text}"
        );
    }
}
