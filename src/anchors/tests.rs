//! Tests of the anchors scanner: every language, the cross-language contract, invariants.

use super::*;
use crate::model::{DateAnchor, NumberAnchor};

const YEAR: Option<i32> = Some(2023);

fn dates(text: &str, lang: &str) -> Vec<DateAnchor> {
    find(text, lang, YEAR).0
}

fn nums(text: &str, lang: &str) -> Vec<NumberAnchor> {
    find(text, lang, YEAR).1
}

/// Date keys and surfaces.
fn keys(text: &str, lang: &str) -> Vec<(String, String)> {
    dates(text, lang)
        .into_iter()
        .map(|d| (d.key(), d.surface))
        .collect()
}

fn key_list(text: &str, lang: &str) -> Vec<String> {
    dates(text, lang).into_iter().map(|d| d.key()).collect()
}

/// The only number in `text`.
fn one(text: &str, lang: &str) -> NumberAnchor {
    let (d, n) = find(text, lang, YEAR);
    assert_eq!(n.len(), 1, "{text:?} → dates {d:?}, numbers {n:?}");
    n.into_iter().next().unwrap()
}

fn assert_close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-6 * b.abs().max(1.0), "{a} != {b}");
}

/// value, qualifier, low, high of the only number.
fn check(text: &str, lang: &str, value: f64, qual: Option<&str>, low: f64, high: Option<f64>) {
    let n = one(text, lang);
    assert_close(n.value, value);
    assert_eq!(n.qualifier.as_deref(), qual, "{text:?}: {n:?}");
    assert_close(n.low, low);
    match (n.high, high) {
        (Some(a), Some(b)) => assert_close(a, b),
        (a, b) => assert_eq!(a, b, "{text:?}: {n:?}"),
    }
}

fn exact(text: &str, lang: &str, value: f64) {
    check(text, lang, value, None, value, Some(value));
}

fn more(text: &str, lang: &str, value: f64) {
    check(text, lang, value, Some("more-than"), value, None);
}

fn about(text: &str, lang: &str, value: f64) {
    check(
        text,
        lang,
        value,
        Some("about"),
        0.9 * value,
        Some(1.1 * value),
    );
}

fn nearly(text: &str, lang: &str, value: f64) {
    check(text, lang, value, Some("about"), 0.9 * value, Some(value));
}

// --- dates, language by language -------------------------------------------------------

#[test]
fn en_dates() {
    assert_eq!(
        keys("The convoy left on 19 September.", "en"),
        [("2023-09-19".into(), "19 September".into())]
    );
    assert_eq!(
        key_list("Talks resumed on September 19.", "en"),
        ["2023-09-19"]
    );
    assert_eq!(
        keys("Sept. 19 was quiet.", "en"),
        [("2023-09-19".into(), "Sept. 19".into())]
    );
    assert_eq!(
        keys("Filed Sep 19, 2021 by the clerk.", "en"),
        [("2021-09-19".into(), "Sep 19, 2021".into())]
    );
    assert_eq!(
        key_list("Signed 19 September 2022 in Geneva.", "en"),
        ["2022-09-19"]
    );
    assert_eq!(
        key_list("On the 20th of September the road reopened.", "en"),
        ["2023-09-20"]
    );
    assert_eq!(
        key_list("By October 1st the camp was empty.", "en"),
        ["2023-10-01"]
    );
    assert_eq!(key_list("It peaked in May 2022.", "en"), ["2022-05"]);
    // "may" and "march" as verbs are not months
    assert!(dates("Troops may 20 times march 30 km.", "en").is_empty());
    // a month consumed by one date is not re-used by the next number
    let (d, n) = find("On 19 September 20 people were hurt.", "en", YEAR);
    assert_eq!(d.len(), 1);
    assert_eq!(n.len(), 1);
    assert_close(n[0].value, 20.0);
    // no year in the text and none given: the key says so
    let (d, _) = find("Talks on 19 September.", "en", None);
    assert_eq!(d[0].key(), "????-09-19");
}

#[test]
fn numeric_dates() {
    assert_eq!(key_list("Report 2023-09-19 filed.", "en"), ["2023-09-19"]);
    assert_eq!(key_list("Дата: 19.09.2023 г.", "ru"), ["2023-09-19"]);
    assert_eq!(keys("Дата: 19.09.2023 г.", "ru")[0].1, "19.09.2023 г.");
    assert_eq!(key_list("Fecha 19/09/2023.", "es"), ["2023-09-19"]);
    // month first only when day first is impossible
    assert_eq!(key_list("Posted 9/19/2023.", "en"), ["2023-09-19"]);
    assert_eq!(key_list("Posted 9/10/2023.", "en"), ["2023-10-09"]);
    // impossible dates are not dates
    assert!(dates("Code 31.02.2023 here.", "ru").is_empty());
    assert!(dates("Ref 12.345.6789", "de").is_empty());
}

#[test]
fn ru_dates() {
    assert_eq!(key_list("Это случилось 19 сентября.", "ru"), ["2023-09-19"]);
    assert_eq!(
        keys("Решение принято 19 сентября 2022 года.", "ru"),
        [("2022-09-19".into(), "19 сентября 2022 года".into())]
    );
    assert_eq!(
        key_list("С 19-го сентября движение закрыто.", "ru"),
        ["2023-09-19"]
    );
    assert_eq!(key_list("ВСТРЕЧА 1 МАЯ ПРОШЛА.", "ru"), ["2023-05-01"]);
    assert_eq!(key_list("Срок истёк 3 марта.", "ru"), ["2023-03-03"]);
    assert_eq!(
        key_list("Это было в сентябре 2021 года.", "ru"),
        ["2021-09"]
    );
    // day range: two dates
    assert_eq!(
        key_list("Переговоры 19–21 сентября.", "ru"),
        ["2023-09-19", "2023-09-21"]
    );
    // month-day order is not Russian: "в сентябре 19 человек" is a count
    let (d, n) = find("в сентябре 19 человек", "ru", YEAR);
    assert!(d.is_empty());
    assert_close(n[0].value, 19.0);
}

#[test]
fn uk_dates() {
    assert_eq!(
        key_list("Колона вирушила 19 вересня.", "uk"),
        ["2023-09-19"]
    );
    assert_eq!(key_list("До 1 листопада 2022 року.", "uk"), ["2022-11-01"]);
    assert_eq!(key_list("Це сталося 5 липня.", "uk"), ["2023-07-05"]);
}

#[test]
fn az_dates() {
    assert_eq!(
        keys("Əməliyyat sentyabrın 19-da başladı.", "az"),
        [("2023-09-19".into(), "sentyabrın 19-da".into())]
    );
    assert_eq!(
        keys("19 sentyabr 2022-ci il tarixində.", "az"),
        [("2022-09-19".into(), "19 sentyabr 2022-ci il".into())]
    );
    assert_eq!(key_list("Görüş 19 sentyabrda oldu.", "az"), ["2023-09-19"]);
    assert_eq!(
        key_list("2022-ci il oktyabrın 5-də imzalandı.", "az"),
        ["2022-10-05"]
    );
    assert_eq!(key_list("İYUNUN 2-də bağlandı.", "az"), ["2023-06-02"]);
}

#[test]
fn tr_dates() {
    assert_eq!(
        key_list("Saldırı 19 Eylül'de başladı.", "tr"),
        ["2023-09-19"]
    );
    assert_eq!(key_list("19 EYLÜL 2022 TARİHİNDE", "tr"), ["2022-09-19"]);
    assert_eq!(
        key_list("Anlaşma 19 Eylül 2021 günü imzalandı.", "tr"),
        ["2021-09-19"]
    );
    // dotless/dotted i in either case
    assert_eq!(
        key_list("1 MAYIS ve 3 Mayıs ve 4 Kasım", "tr"),
        ["2023-05-01", "2023-05-03", "2023-11-04"]
    );
    assert_eq!(key_list("2022 yılının Ekim ayında", "tr"), ["2022-10"]);
}

#[test]
fn hy_dates() {
    assert_eq!(
        keys("Սեպտեմբերի 19-ին սկսվեց։", "hy"),
        [("2023-09-19".into(), "Սեպտեմբերի 19-ին".into())]
    );
    assert_eq!(
        key_list("2022 թվականի սեպտեմբերի 19-ին հանդիպում եղավ։", "hy"),
        ["2022-09-19"]
    );
    assert_eq!(
        key_list("Հանդիպումը սեպտեմբերի 19 էր։", "hy"),
        ["2023-09-19"]
    );
    assert_eq!(key_list("2021 թ. մայիսի 9-ին", "hy"), ["2021-05-09"]);
}

#[test]
fn es_pt_it_dates() {
    assert_eq!(
        key_list("Ocurrió el 19 de septiembre.", "es"),
        ["2023-09-19"]
    );
    assert_eq!(
        keys("El 19 de septiembre de 2022 se firmó.", "es"),
        [("2022-09-19".into(), "19 de septiembre de 2022".into())]
    );
    assert_eq!(key_list("El 1º de octubre llovió.", "es"), ["2023-10-01"]);
    assert_eq!(
        key_list("Aconteceu em 19 de setembro.", "pt"),
        ["2023-09-19"]
    );
    assert_eq!(key_list("Em 2 de março de 2022.", "pt"), ["2022-03-02"]);
    assert_eq!(key_list("Accadde il 19 settembre.", "it"), ["2023-09-19"]);
    assert_eq!(key_list("Il 4 maggio 2021.", "it"), ["2021-05-04"]);
}

#[test]
fn fr_de_dates() {
    assert_eq!(
        key_list("Le 19 septembre, la route a rouvert.", "fr"),
        ["2023-09-19"]
    );
    assert_eq!(
        keys("Dès le 1er octobre.", "fr"),
        [("2023-10-01".into(), "1er octobre".into())]
    );
    assert_eq!(key_list("Le 15 août 2022.", "fr"), ["2022-08-15"]);
    assert_eq!(
        key_list("Am 19. September begann es.", "de"),
        ["2023-09-19"]
    );
    assert_eq!(
        keys("Es geschah am 19. September 2022.", "de"),
        [("2022-09-19".into(), "19. September 2022".into())]
    );
    assert_eq!(key_list("Seit 3. März.", "de"), ["2023-03-03"]);
}

#[test]
fn ar_fa_ka_dates() {
    assert_eq!(key_list("في 19 سبتمبر بدأت العملية.", "ar"), ["2023-09-19"]);
    assert_eq!(key_list("في 19 أيلول بدأت العملية.", "ar"), ["2023-09-19"]);
    assert_eq!(
        key_list("في ١٩ أيلول/سبتمبر ٢٠٢٢ بدأت.", "ar"),
        ["2022-09-19"]
    );
    assert_eq!(key_list("يوم 5 تشرين الأول", "ar"), ["2023-10-05"]);
    assert_eq!(key_list("یوم 5 تشرين الثاني", "ar"), ["2023-11-05"]);
    assert_eq!(key_list("در ۱۹ سپتامبر آغاز شد.", "fa"), ["2023-09-19"]);
    assert_eq!(key_list("در ۳ اکتبر ۲۰۲۲", "fa"), ["2022-10-03"]);
    assert_eq!(key_list("19 სექტემბერს დაიწყო.", "ka"), ["2023-09-19"]);
    assert_eq!(key_list("2022 წლის 19 სექტემბერს.", "ka"), ["2022-09-19"]);
    assert_eq!(key_list("20 სექტემბრის შეთანხმება", "ka"), ["2023-09-20"]);
}

#[test]
fn dates_same_key_across_languages() {
    let texts = [
        ("en", "Fighting began on 19 September."),
        ("en", "Fighting began on Sept. 19."),
        ("ru", "Бои начались 19 сентября."),
        ("uk", "Бої почалися 19 вересня."),
        ("az", "Döyüşlər sentyabrın 19-da başladı."),
        ("tr", "Çatışmalar 19 Eylül'de başladı."),
        ("hy", "Մարտերը սկսվեցին սեպտեմբերի 19-ին։"),
        ("es", "Los combates empezaron el 19 de septiembre."),
        ("fr", "Les combats ont commencé le 19 septembre."),
        ("de", "Die Kämpfe begannen am 19. September."),
        ("it", "I combattimenti sono iniziati il 19 settembre."),
        ("pt", "Os combates começaram em 19 de setembro."),
        ("ar", "بدأ القتال في ١٩ أيلول."),
        ("fa", "درگیری‌ها در ۱۹ سپتامبر آغاز شد."),
        ("ka", "ბრძოლა 19 სექტემბერს დაიწყო."),
        ("xx", "Fighting began 2023-09-19."),
    ];
    for (lang, text) in texts {
        assert_eq!(key_list(text, lang), ["2023-09-19"], "{lang}: {text}");
        assert!(
            nums(text, lang).is_empty(),
            "{lang}: {text} has a stray number"
        );
    }
}

// --- numbers ----------------------------------------------------------------------------

#[test]
fn separators_by_language() {
    exact("Attendance was 78,354 people.", "en", 78354.0);
    exact("The ratio was 3.5 points.", "en", 3.5);
    exact("Es waren 78.354 Besucher.", "de", 78354.0);
    exact("Der Wert lag bei 3,5 Punkten.", "de", 3.5);
    // a single group of exactly three digits means thousands, whatever the mark
    exact("Es waren 78,354 Besucher.", "de", 78354.0);
    exact("It was 3.500 units.", "en", 3500.0);
    exact("Il y avait 120 000 personnes.", "fr", 120000.0);
    exact("Il y avait 120\u{a0}000 personnes.", "fr", 120000.0);
    exact("It was 120\u{202f}000 people.", "en", 120000.0);
    exact("Всего 1.234.567,5 рублей.", "ru", 1_234_567.5);
    exact("Total 1,234,567.25 dollars.", "en", 1_234_567.25);
    exact("Только 0,125 процента.", "ru", 0.125);
    exact("بلغ العدد ١٠٠٬٠٠٠ شخص", "ar", 100000.0);
    exact("بلغ ٣٫٥ مليون", "ar", 3.5e6);
}

#[test]
fn multipliers() {
    exact("They pledged 1.5 million dollars.", "en", 1.5e6);
    exact("Они выделили 1,5 млн рублей.", "ru", 1.5e6);
    exact("Прибыли 100 тысяч человек.", "ru", 1e5);
    exact("Прибыли 100 тыс. человек.", "ru", 1e5);
    exact("Прибули 100 тисяч людей.", "uk", 1e5);
    exact("100 bin kişi geldi.", "tr", 1e5);
    exact("2,5 milyar lira ayrıldı.", "tr", 2.5e9);
    exact("100 հազար մարդ եկավ։", "hy", 1e5);
    exact("100 min nəfər gəldi.", "az", 1e5);
    exact("3 milyon manat ayrıldı.", "az", 3e6);
    exact("Llegaron 100 mil personas.", "es", 1e5);
    exact("Costó 1,5 mil millones de euros.", "es", 1.5e9);
    exact("Il a coûté 2 milliards.", "fr", 2e9);
    exact("Es kostete 1,5 Mio. Euro.", "de", 1.5e6);
    exact("Es kostete 3 Mrd. Euro.", "de", 3e9);
    exact("Sono arrivate 90 mila persone.", "it", 9e4);
    exact("Chegaram 2 milhões de pessoas.", "pt", 2e6);
    exact("وصل 100 ألف شخص", "ar", 1e5);
    exact("۱۰۰ هزار نفر آمدند", "fa", 1e5);
    exact("მოვიდა 100 ათასი ადამიანი", "ka", 1e5);
    exact("A $5bn deal.", "en", 5e9);
    exact("Прибыли 120 000 человек.", "ru", 120000.0);
}

#[test]
fn en_qualifiers() {
    more("more than 100,000 people", "en", 1e5);
    more("over 500 homes", "en", 500.0);
    check(
        "at least 40 vehicles",
        "en",
        40.0,
        Some("at-least"),
        40.0,
        None,
    );
    about("about 3,000 troops", "en", 3000.0);
    about("some 200 families", "en", 200.0);
    about("roughly 1.2 million", "en", 1.2e6);
    nearly("nearly 700 buses", "en", 700.0);
    nearly("almost 90 trucks", "en", 90.0);
    check(
        "up to 120,000 residents",
        "en",
        120000.0,
        Some("up-to"),
        0.0,
        Some(120000.0),
    );
    check(
        "fewer than 50 staff",
        "en",
        50.0,
        Some("less-than"),
        0.0,
        Some(50.0),
    );
    check(
        "no more than 10 cars",
        "en",
        10.0,
        Some("at-most"),
        0.0,
        Some(10.0),
    );
    check(
        "as many as 8,000 people",
        "en",
        8000.0,
        Some("up-to"),
        0.0,
        Some(8000.0),
    );
    check(
        "100 or more people",
        "en",
        100.0,
        Some("at-least"),
        100.0,
        None,
    );
    let n = one("more than 100,000 people", "en");
    assert_eq!(n.surface, "more than 100,000");
    // a sentence ending in "over." does not qualify the next sentence's number
    exact("The war is over. 100 people returned.", "en", 100.0);
    about("Approx. 50 left.", "en", 50.0);
}

#[test]
fn ru_uk_qualifiers() {
    more("более 100 тысяч человек", "ru", 1e5);
    more("свыше 2 тыс. домов", "ru", 2000.0);
    check(
        "не менее 40 машин",
        "ru",
        40.0,
        Some("at-least"),
        40.0,
        None,
    );
    check(
        "менее 40 машин",
        "ru",
        40.0,
        Some("less-than"),
        0.0,
        Some(40.0),
    );
    about("около 3 тысяч военных", "ru", 3000.0);
    about("порядка 200 семей", "ru", 200.0);
    nearly("почти 700 автобусов", "ru", 700.0);
    check(
        "до 120 тысяч жителей",
        "ru",
        120000.0,
        Some("up-to"),
        0.0,
        Some(120000.0),
    );
    check(
        "как минимум 5 человек",
        "ru",
        5.0,
        Some("at-least"),
        5.0,
        None,
    );
    more("понад 100 тисяч людей", "uk", 1e5);
    about("близько 500 осіб", "uk", 500.0);
    nearly("майже 90 тис. осіб", "uk", 9e4);
    check(
        "щонайменше 12 загиблих",
        "uk",
        12.0,
        Some("at-least"),
        12.0,
        None,
    );
    // "до 2025 года" is a year, not an upper bound
    let n = one("до 2025 года", "ru");
    assert!(n.is_year);
    assert_eq!(n.qualifier, None);
}

#[test]
fn az_tr_qualifiers() {
    more("100 mindən çox insan", "az", 1e5);
    more("100-dən artıq ev", "az", 100.0);
    more("100 min nəfərdən çox", "az", 1e5);
    about("təxminən 100 min", "az", 1e5);
    about("100 minə yaxın", "az", 1e5);
    check("ən azı 30 nəfər", "az", 30.0, Some("at-least"), 30.0, None);
    check("100-ə qədər", "az", 100.0, Some("up-to"), 0.0, Some(100.0));
    more("100 binden fazla kişi", "tr", 1e5);
    more("100'den fazla kişi", "tr", 100.0);
    more("100 kişiden fazla", "tr", 100.0);
    more("100 bini aşkın kişi", "tr", 1e5);
    about("yaklaşık 100 bin kişi", "tr", 1e5);
    about("100 bin civarında", "tr", 1e5);
    about("100 bine yakın", "tr", 1e5);
    check("en az 30 kişi", "tr", 30.0, Some("at-least"), 30.0, None);
    check("100 bine kadar", "tr", 1e5, Some("up-to"), 0.0, Some(1e5));
    about("100 kadar kişi", "tr", 100.0);
    // "az önce" (just now) after a noun is not "less than"
    exact("100 kişi az önce geldi", "tr", 100.0);
    check(
        "100'den az kişi",
        "tr",
        100.0,
        Some("less-than"),
        0.0,
        Some(100.0),
    );
    let n = one("%25 arttı", "tr");
    assert_eq!(n.surface, "%25");
    assert_close(n.value, 25.0);
}

#[test]
fn hy_ka_qualifiers() {
    more("ավելի քան 100 հազար մարդ", "hy", 1e5);
    more("ավելի, քան 100 հազար մարդ", "hy", 1e5);
    more("100 հազարից ավելի մարդ", "hy", 1e5);
    about("մոտ 100 հազար", "hy", 1e5);
    about("շուրջ 500 ընտանիք", "hy", 500.0);
    check("առնվազն 30 մարդ", "hy", 30.0, Some("at-least"), 30.0, None);
    check("մինչև 40 հազար", "hy", 4e4, Some("up-to"), 0.0, Some(4e4));
    more("100 ათასზე მეტი ადამიანი", "ka", 1e5);
    about("დაახლოებით 100 ათასი", "ka", 1e5);
    nearly("თითქმის 50 ათასი", "ka", 5e4);
}

#[test]
fn romance_german_qualifiers() {
    more("más de 100.000 personas", "es", 1e5);
    about("unos 3.000 soldados", "es", 3000.0);
    about("unas 200 familias", "es", 200.0);
    about("alrededor de 50 camiones", "es", 50.0);
    about("cerca de 1,5 millones", "es", 1.5e6);
    nearly("casi 85.000 personas", "es", 85000.0);
    check(
        "al menos 40 heridos",
        "es",
        40.0,
        Some("at-least"),
        40.0,
        None,
    );
    check(
        "hasta 120.000 vecinos",
        "es",
        120000.0,
        Some("up-to"),
        0.0,
        Some(120000.0),
    );
    check(
        "menos de 10 casas",
        "es",
        10.0,
        Some("less-than"),
        0.0,
        Some(10.0),
    );
    more("plus de 100 000 personnes", "fr", 1e5);
    about("environ 3,5 millions", "fr", 3.5e6);
    about("quelque 200 familles", "fr", 200.0);
    nearly("près de 2 milliards", "fr", 2e9);
    check(
        "au moins 40 blessés",
        "fr",
        40.0,
        Some("at-least"),
        40.0,
        None,
    );
    check(
        "jusqu'à 120 000",
        "fr",
        120000.0,
        Some("up-to"),
        0.0,
        Some(120000.0),
    );
    more("mehr als 100.000 Menschen", "de", 1e5);
    more("über 500 Häuser", "de", 500.0);
    about("rund 1,5 Mio. Euro", "de", 1.5e6);
    about("etwa 3.000 Soldaten", "de", 3000.0);
    about("ca. 40 Busse", "de", 40.0);
    nearly("knapp 80.000 Menschen", "de", 80000.0);
    check(
        "mindestens 12 Tote",
        "de",
        12.0,
        Some("at-least"),
        12.0,
        None,
    );
    check(
        "bis zu 3,5 Mrd.",
        "de",
        3.5e9,
        Some("up-to"),
        0.0,
        Some(3.5e9),
    );
    check(
        "weniger als 10 Autos",
        "de",
        10.0,
        Some("less-than"),
        0.0,
        Some(10.0),
    );
    more("più di 100.000 persone", "it", 1e5);
    about("circa 2,5 milioni", "it", 2.5e6);
    nearly("quasi 90 mila", "it", 9e4);
    check("almeno 7 feriti", "it", 7.0, Some("at-least"), 7.0, None);
    more("mais de 100 mil pessoas", "pt", 1e5);
    about("cerca de 1,5 milhões", "pt", 1.5e6);
    nearly("quase 300 famílias", "pt", 300.0);
    check(
        "pelo menos 9 mortos",
        "pt",
        9.0,
        Some("at-least"),
        9.0,
        None,
    );
}

#[test]
fn ar_fa_qualifiers() {
    more("أكثر من 100 ألف شخص", "ar", 1e5);
    about("نحو 3 آلاف جندي", "ar", 3000.0);
    about("حوالي ٥٠٠ عائلة", "ar", 500.0);
    nearly("قرابة 700 حافلة", "ar", 700.0);
    check(
        "ما لا يقل عن 40 شخصا",
        "ar",
        40.0,
        Some("at-least"),
        40.0,
        None,
    );
    more("بیش از ۱۰۰ هزار نفر", "fa", 1e5);
    about("حدود ۳ هزار نفر", "fa", 3000.0);
    check("دست‌کم ۵۰ نفر", "fa", 50.0, Some("at-least"), 50.0, None);
    check("دست کم ۵۰ نفر", "fa", 50.0, Some("at-least"), 50.0, None);
    check(
        "کمتر از ۱۰ خانه",
        "fa",
        10.0,
        Some("less-than"),
        0.0,
        Some(10.0),
    );
}

#[test]
fn ranges_years_times_identifiers() {
    let n = one("between 100–120 people", "en");
    assert_eq!((n.low, n.high, n.value), (100.0, Some(120.0), 100.0));
    assert_eq!(n.surface, "100–120");
    let n = one("1.5-2 million dollars", "en");
    assert_eq!((n.low, n.high), (1.5e6, Some(2e6)));
    let n = one("от 100-120 тысяч", "ru");
    assert_eq!((n.low, n.high), (1e5, Some(1.2e5)));
    let n = one("a rise of 10-20%", "en");
    assert_eq!(
        (n.low, n.high, n.surface.as_str()),
        (10.0, Some(20.0), "10-20%")
    );
    // year pairs stay two years
    let n = nums("the 2022-2023 season", "en");
    assert_eq!(n.len(), 2);
    assert!(n.iter().all(|n| n.is_year));
    let n = one("Back in 2020 it was different.", "en");
    assert!(n.is_year);
    assert!(!one("It cost 2020.5 dollars", "en").is_year);
    assert!(!one("It cost 1,999 dollars", "en").is_year);
    assert!(!one("more than 2000 people", "en").is_year);
    // clock times written with a dot, told apart from decimals by their context
    assert!(nums("Ateşkes saat 13.00'te başladı.", "tr").is_empty());
    assert!(nums("Die Waffenruhe galt ab 13.00 Uhr.", "de").is_empty());
    assert!(nums("Перемирие вступило в силу в 13.00 ч.", "ru").is_empty());
    exact("It cost 13.50 dollars.", "en", 13.5);
    assert!(nums("El 20 de septiembre, a las 13.00 hora local.", "es").is_empty());
    // clock times told by a word after the hour
    assert!(nums("It took effect at 1 p.m. local time, not at 11am.", "en").is_empty());
    assert!(nums("Um 13 Uhr trat die Waffenruhe in Kraft.", "de").is_empty());
    assert!(nums("Le cessez-le-feu à 13 h, puis à 13 h 30.", "fr").is_empty());
    // … and only by those: counts beside them stay numbers
    let n = nums(
        "At 1 p.m. 40 people left; about 24 hours later, 13 more.",
        "en",
    );
    let v: Vec<f64> = n.iter().map(|n| n.value).collect();
    assert_eq!(v, vec![40.0, 24.0, 13.0]);
    assert_eq!(n[1].unit.as_deref(), Some("hour"));
    exact("Es gab 13 Urnen.", "de", 13.0);
    exact("en 24 h, des morts", "fr", 24.0);
    exact("13 pm2.5 particles", "de", 13.0);
    // clock times and identifiers are not numbers
    assert!(nums("The meeting at 13:00 and at 9:30:15.", "en").is_empty());
    assert!(nums("An A320 and a Su-25 during COVID-19 at 13h00.", "en").is_empty());
    // percent and ordinals
    let n = one("Turnout was 25% higher.", "en");
    assert_eq!((n.value, n.surface.as_str()), (25.0, "25%"));
    let n = one("the 19th attempt", "en");
    assert_eq!((n.value, n.surface.as_str()), (19.0, "19th"));
    // a date's day and year are not numbers
    let (d, n) = find("On 19 September 2023 at 13:00, 85,000 people.", "en", None);
    assert_eq!(d.len(), 1);
    assert_eq!(n.len(), 1);
    assert_close(n[0].value, 85000.0);
}

#[test]
fn numbers_written_as_words() {
    for (text, lang, value) in [
        ("Three people died.", "en", 3.0),
        ("Погибли три человека.", "ru", 3.0),
        ("Ереван передал трёх военнослужащих.", "ru", 3.0),
        ("Вернулись трое военнослужащих.", "ru", 3.0),
        ("Загинули п'ятеро людей.", "uk", 5.0),
        ("Üç hərbçimiz qaytarıldı.", "az", 3.0),
        ("Kazada dört kişi yaralandı.", "tr", 4.0),
        ("Զոհվել է երկու մարդ։", "hy", 2.0),
        ("დაიღუპა სამი ადამიანი.", "ka", 3.0),
        (
            "Las autoridades elevaron a cuatro la cifra de muertos.",
            "es",
            4.0,
        ),
        ("Erevan a remis trois militaires.", "fr", 3.0),
        ("Vier Menschen kamen ums Leben.", "de", 4.0),
        ("Sono morte due persone.", "it", 2.0),
        ("توفي ثلاثة أشخاص", "ar", 3.0),
        ("سه نفر کشته شدند", "fa", 3.0),
    ] {
        exact(text, lang, value);
    }
    // with a magnitude word, a qualifier, or both
    about("Some five thousand people fled.", "en", 5e3);
    exact("Пять тысяч человек покинули город.", "ru", 5e3);
    more("More than twenty villages were flooded.", "en", 20.0);
    about("Около двадцати сёл затоплено.", "ru", 20.0);
    // whole words only, never inside another word or a name, and not words that are as often
    // something else ("neuf" is also "new")
    for (text, lang) in [
        ("Attendance was threefold.", "en"),
        ("Триумф был полным.", "ru"),
        ("Un bâtiment neuf a ouvert.", "fr"),
        ("Tenerife hosted the talks.", "en"),
        // the language must be known: "on", "due", "six" are other words elsewhere
        ("They met on Monday, six due.", "xx"),
    ] {
        assert!(
            nums(text, lang).is_empty(),
            "{text}: {:?}",
            nums(text, lang)
        );
    }
}

#[test]
fn vague_quantities_are_ranges() {
    for (text, lang, low, high) in [
        ("Thousands of people fled.", "en", 2e3, 9999.0),
        ("Tens of thousands of people fled.", "en", 2e4, 99_999.0),
        ("Several hundred protesters gathered.", "en", 300.0, 999.0),
        ("Dozens of families left.", "en", 24.0, 99.0),
        ("Several dozen families left.", "en", 36.0, 119.0),
        ("Несколько десятков семей уехали.", "ru", 30.0, 99.0),
        ("Сотни людей вышли на улицы.", "ru", 200.0, 999.0),
        ("Несколько тысяч человек покинули город.", "ru", 3e3, 9999.0),
        ("Десятки тысяч беженцев.", "ru", 2e4, 99_999.0),
        ("Minlərlə sakin təxliyə edildi.", "az", 2e3, 9999.0),
        ("Binlerce kişi evini terk etti.", "tr", 2e3, 9999.0),
        ("Birkaç yüz kişi toplandı.", "tr", 300.0, 999.0),
        ("Հազարավոր մարդիկ լքեցին տները։", "hy", 2e3, 9999.0),
        ("რამდენიმე ასეული ადამიანი შეიკრიბა.", "ka", 300.0, 999.0),
        ("Miles de vecinos huyeron.", "es", 2e3, 9999.0),
        ("Decenas de miles de personas.", "es", 2e4, 99_999.0),
        ("Plusieurs centaines de manifestants.", "fr", 300.0, 999.0),
        ("Des dizaines de milliers de réfugiés.", "fr", 2e4, 99_999.0),
        ("Tausende flohen.", "de", 2e3, 9999.0),
        ("Einige hundert Menschen.", "de", 300.0, 999.0),
        ("تظاهر المئات في العاصمة", "ar", 200.0, 999.0),
    ] {
        check(text, lang, low, None, low, Some(high));
    }
    // a qualifier widens the range from its ends
    check(
        "More than several hundred people came.",
        "en",
        300.0,
        Some("more-than"),
        300.0,
        None,
    );
    // "several" is a figure only before a magnitude word; a plural magnitude after a count is
    // that magnitude
    assert!(nums("Several villages were flooded.", "en").is_empty());
    assert!(nums("Plusieurs villages ont été inondés.", "fr").is_empty());
    exact("Three hundred people came.", "en", 300.0);
    exact("Two dozen houses burned.", "en", 24.0);
}

#[test]
fn number_words_that_add_up_are_one_number() {
    for (text, lang, value) in [
        ("Forty-seven children were taken to hospital.", "en", 47.0),
        (
            "Treinta y cinco manifestantes fueron detenidos.",
            "es",
            35.0,
        ),
        ("Veintisiete personas resultaron heridas.", "es", 27.0),
        (
            "Soixante-dix-sept personnes ont été interpellées.",
            "fr",
            77.0,
        ),
        ("Vingt et un policiers ont été blessés.", "fr", 21.0),
        ("Задержаны сто двадцать пять человек.", "ru", 125.0),
        ("Двадцать один человек пострадал.", "ru", 21.0),
        ("Otuz beş kişi gözaltına alındı.", "tr", 35.0),
        ("Trinta e dois feridos.", "pt", 32.0),
    ] {
        exact(text, lang, value);
    }
    // with a magnitude after them
    exact("Forty-seven thousand people left.", "en", 47e3);
    // a range of two words stays two numbers: the second is not smaller than the first's place
    let two =
        |text: &str, lang: &str| -> Vec<f64> { nums(text, lang).iter().map(|n| n.value).collect() };
    assert_eq!(two("Пострадали пять-шесть человек.", "ru"), [5.0, 6.0]);
    assert_eq!(two("Twenty-thirty people came.", "en"), [20.0, 30.0]);
    assert_eq!(two("Ten two-hour sessions.", "en"), [10.0, 2.0]);
}

#[test]
fn an_age_is_no_count() {
    for (text, lang) in [
        ("Ագարակում մահացել է 74-ամյա կին։", "hy"),
        ("Погибла 46-летняя женщина.", "ru"),
        ("Eine 46-jährige Frau starb.", "de"),
        ("46 yaşlı qadın həlak olub.", "az"),
        ("46 yaşındaki kadın hayatını kaybetti.", "tr"),
        ("A 74-year-old woman died.", "en"),
        ("She was 74 years old.", "en"),
    ] {
        assert_eq!(one(text, lang).unit.as_deref(), Some("age"), "{text}");
    }
    assert_eq!(one("Погибли 46 человек.", "ru").unit, None);
}

#[test]
fn round_numbers_said_roughly_are_about_them() {
    for (text, lang, value) in [
        ("Una treintena de personas resultaron heridas.", "es", 30.0),
        ("Un centenar de familias.", "es", 100.0),
        ("Une cinquantaine de bovins.", "fr", 50.0),
        ("Une quinzaine de jours.", "fr", 15.0),
        ("Una sessantina di persone.", "it", 60.0),
        ("Около десятка домов.", "ru", 10.0),
        ("A dozen houses burned.", "en", 12.0),
    ] {
        about(text, lang, value);
    }
    // half of one
    nearly("Casi medio centenar de niños.", "es", 50.0);
    about("Half a dozen houses burned.", "en", 6.0);
    // the unit after a linking word
    assert_eq!(
        one("Ci sono volute una decina di ore.", "it")
            .unit
            .as_deref(),
        Some("hour")
    );
    assert_eq!(
        one("Il a fallu une dizaine d'heures.", "fr")
            .unit
            .as_deref(),
        Some("hour")
    );
    // ru and uk: a qualifier before the preposition of a span or an extent
    nearly("Дорога была перекрыта почти на шесть часов.", "ru", 6.0);
    about("Погибли сады примерно в 2,5 тысячи гектаров.", "ru", 2500.0);
    nearly("Рух зупинили майже на п'ять годин.", "uk", 5.0);
    // ru and uk: a genitive singular after a qualifier is one hundred, one thousand
    about("Около сотни человек вышли на улицы.", "ru", 100.0);
    more("Пострадали более тысячи домов.", "ru", 1000.0);
    about("Близько тисячі людей.", "uk", 1000.0);
    check("Сотни людей.", "ru", 200.0, None, 200.0, Some(999.0));
    // their own qualifier wins, before the article too
    more("Plus d'une trentaine de blessés.", "fr", 30.0);
    more("Más de una treintena de heridos.", "es", 30.0);
    more("More than a dozen houses burned.", "en", 12.0);
    assert_eq!(
        one("Une trentaine de blessés.", "fr").surface,
        "Une trentaine"
    );
    // "cent" and "cento" alone are left out: "30 pour cent", "30 per cento" are one number
    assert_eq!(
        nums("Les prix ont augmenté de 30 pour cent.", "fr").len(),
        1
    );
    assert_eq!(
        nums("I prezzi sono saliti del 30 per cento.", "it").len(),
        1
    );
    // "quarantaine" and "cuarentena" are quarantines as often: no number
    assert!(nums("La ferme est placée en quarantaine.", "fr").is_empty());
    assert!(nums("La granja sigue en cuarentena.", "es").is_empty());
}

#[test]
fn unknown_language_uses_all_lexicons() {
    assert_eq!(key_list("19 сентября", "xx"), ["2023-09-19"]);
    assert_eq!(key_list("19 сентября", "ru-RU"), ["2023-09-19"]);
    more("более 100 тысяч", "", 1e5);
}

#[test]
fn verbs_of_exceeding() {
    more("The count exceeded 100,000 on Monday.", "en", 1e5);
    more("Число превысило 100 тысяч.", "ru", 1e5);
    more("Sayı 100 bini aştı.", "tr", 1e5);
    more("Say 100 mini ötüb.", "az", 1e5);
    more("La cifra superó los 100.000.", "es", 1e5);
    more("Die Zahl überstieg 100.000.", "de", 1e5);
}

#[test]
fn equal_facts_overlap_across_languages() {
    let texts = [
        ("en", "more than 100,000 people"),
        ("ru", "более 100 тысяч человек"),
        ("uk", "понад 100 тисяч людей"),
        ("tr", "100 binden fazla kişi"),
        ("hy", "ավելի քան 100 հազար մարդ"),
        ("es", "más de 100.000 personas"),
        ("fr", "plus de 100 000 personnes"),
        ("de", "mehr als 100.000 Menschen"),
        ("az", "100 mindən çox insan"),
        ("it", "più di 100.000 persone"),
        ("pt", "mais de 100 mil pessoas"),
        ("ar", "أكثر من 100 ألف شخص"),
        ("fa", "بیش از ۱۰۰ هزار نفر"),
        ("ka", "100 ათასზე მეტი ადამიანი"),
    ];
    let anchors: Vec<NumberAnchor> = texts.iter().map(|(l, t)| one(t, l)).collect();
    for (a, (la, _)) in anchors.iter().zip(&texts) {
        assert_eq!(a.qualifier.as_deref(), Some("more-than"), "{la}");
        for (b, (lb, _)) in anchors.iter().zip(&texts) {
            assert!(a.overlaps(b), "{la} vs {lb}");
        }
    }
    let smaller = one("85,000 people", "en");
    let about_smaller = one("около 85 тысяч", "ru");
    let about_more = one("yaklaşık 105 bin", "tr");
    for a in &anchors {
        assert!(!a.overlaps(&smaller));
        assert!(!a.overlaps(&about_smaller));
        assert!(a.overlaps(&about_more));
    }
}

mod props {
    use super::super::find;
    use proptest::prelude::*;

    fn check_invariants(text: &str, lang: &str) {
        let (dates, nums) = find(text, lang, Some(2023));
        let spans_d: Vec<_> = dates.iter().map(|d| d.span).collect();
        let spans_n: Vec<_> = nums.iter().map(|n| n.span).collect();
        for spans in [&spans_d, &spans_n] {
            for w in spans.windows(2) {
                assert!(w[0].end <= w[1].start, "{text:?}: {w:?}");
            }
            for s in spans.iter() {
                assert!(s.start < s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        for d in &dates {
            assert!((1..=12).contains(&d.month));
            assert!(d.day.is_none_or(|x| (1..=31).contains(&x)));
            assert_eq!(d.surface, d.span.slice(text));
        }
        for n in &nums {
            assert!(
                n.low <= n.high.unwrap_or(f64::INFINITY)
                    || n.value.is_nan()
                    || n.value.is_infinite()
            );
            assert_eq!(n.surface, n.span.slice(text));
        }
    }

    const LANGS: [&str; 16] = [
        "en", "ru", "uk", "az", "tr", "hy", "ka", "es", "fr", "de", "it", "pt", "ar", "fa", "xx",
        "",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn arbitrary_strings(text in any::<String>(), lang in 0usize..16) {
            check_invariants(&text, LANGS[lang]);
        }

        #[test]
        fn number_like_strings(
            text in r"([0-9٠-٩۰-۹]{1,5}|[ .,:/%'’\-–\u{a0}\u{202f}]|сентября|Eylül'de|sentyabrın|սեպտեմբերի|de|more than|более|bin|mindən|çox|հազար|million|млн|أيلول|تشرين|الأول|გ|ə|İ|ı){0,24}",
            lang in 0usize..16,
        ) {
            check_invariants(&text, LANGS[lang]);
        }

        #[test]
        fn number_word_strings(
            text in r"(forty|seven|-year|-old| years old|a|half|dozen|more than|treinta|y|cinco|una|medio|centenar|más de|trente|et|un|une|trentaine|plus d'une|d'heures|soixante|dix|сто|двадцать|один|около|сотни|тысячи|почти на|примерно в|74-ամյա|otuz|beş|yaşlı|di|ore|and|year|años|an|demi|с половиной|лет|buçuk|yıl|il|yarım|млн| |-|'|’|[0-9]{1,3}){0,16}",
            lang in 0usize..16,
        ) {
            check_invariants(&text, LANGS[lang]);
        }
    }
}

#[test]
fn fast_paths_agree_with_unicode_tables() {
    let special = "\u{0307}\u{200C}\u{200D}\u{0640}\u{0670}Iıİ’ʼ‘`ёЁأإآٱيىك";
    for c in (0u32..0x2100).filter_map(char::from_u32) {
        let marks =
            ('\u{064B}'..='\u{065F}').contains(&c) || ('\u{0300}'..='\u{036F}').contains(&c);
        if !special.contains(c) && !marks {
            let expected: String = c.to_lowercase().collect();
            assert_eq!(fold(&c.to_string()), expected, "fold U+{:04X}", c as u32);
        }
        let expected = c.is_alphabetic() || marks || matches!(c, '\u{200C}' | '\u{200D}');
        assert_eq!(is_word_char(c), expected, "is_word_char U+{:04X}", c as u32);
    }
}

#[test]
fn one_and_a_half_is_a_number_word() {
    for (text, lang, unit) in [
        ("Работы заняли полтора года.", "ru", "year"),
        ("Ремонт займёт полторы недели.", "ru", "week"),
        ("Роботи тривали півтора року.", "uk", "year"),
        ("Die Arbeiten dauerten anderthalb Jahre.", "de", "year"),
        ("Աշխատանքները տևել են մեկուկես տարի։", "hy", "year"),
    ] {
        let n = one(text, lang);
        assert_close(n.value, 1.5);
        assert_eq!(n.unit.as_deref(), Some(unit), "{text}");
    }
    // and it takes a magnitude like any number word
    assert_close(one("Ущерб составил полтора миллиона.", "ru").value, 1.5e6);
}

#[test]
fn a_number_knows_its_unit_when_the_next_words_name_one() {
    for (text, lang, expected) in [
        (
            "Unas 15.000 hectáreas de cultivos quedaron bajo el agua.",
            "es",
            Some("hectare"),
        ),
        (
            "Rund 12.000 Hektar Ackerland stehen unter Wasser.",
            "de",
            Some("hectare"),
        ),
        // the first word that names a unit wins, not the lexicon's order (hectare before euro)
        (
            "Cobran 900 euros por hectárea.",
            "es",
            Some("currency-euro"),
        ),
        // a magnitude is part of the number; the currency after it is the unit
        (
            "El Gobierno destinó 15 millones de manats.",
            "es",
            Some("currency-manat"),
        ),
        ("It cost 48 million euros.", "en", Some("currency-euro")),
        // a currency sign before or after, or a percent sign, is the unit its word would be
        ("It cost $15 million.", "en", Some("currency-dollar")),
        ("Es kostete 48 € pro Tag.", "de", Some("currency-euro")),
        ("Turnout was 25% higher.", "en", Some("percent")),
        ("Turnout rose 25 per cent.", "en", Some("percent")),
        // a unit joined by a hyphen makes a compound modifier: a span, a length
        ("Armenia set up a 24-hour hotline.", "en", Some("hour")),
        (
            "A 300-metre stretch of road was buried.",
            "en",
            Some("metre"),
        ),
        // a case ending is no unit
        ("Kənddə 100-dən çox ev var.", "az", None),
        // an ordinal ranks and counts nothing: the 19th century, not 19 of anything
        (
            "Objects from the 19th century were stolen.",
            "en",
            Some("ordinal"),
        ),
        ("20-րդ դարի նկարիչ է։", "hy", Some("ordinal")),
        ("20'nci yüzyılın ressamı.", "tr", Some("ordinal")),
        ("В 20-м веке здесь был музей.", "ru", Some("ordinal")),
        ("Le peintre du 20e siècle.", "fr", Some("ordinal")),
        (
            "Das Silber stammt aus dem 19. Jahrhundert.",
            "de",
            Some("ordinal"),
        ),
        // …but a full stop that ends the sentence, or a case ending, makes none
        ("Vermisst werden 19.", "de", None),
        ("Թիվը հասել է 100-ին։", "hy", None),
        // a qualifier after the noun takes the noun into the number's surface: the unit is
        // still the noun's
        ("Su anbarı 15 faizi qədər doludur.", "az", Some("percent")),
        (
            "Bölgede 8 bin hektardan fazla arazi etkilendi.",
            "tr",
            Some("hectare"),
        ),
        // counts of people or things have none
        ("Llegaron 40 rescatistas.", "es", None),
        ("About 4,200 people have been evacuated.", "en", None),
        // a unit more than three words away is not the number's
        ("They counted 300 of the new hectares.", "en", None),
        // a time span is measured in its unit
        ("The works took 18 months.", "en", Some("month")),
        (
            "The first exchange in more than two years.",
            "en",
            Some("year"),
        ),
        // and so are minutes and decades
        (
            "The first train in more than three decades.",
            "en",
            Some("decade"),
        ),
        ("Поезд стоял 40 минут.", "ru", Some("minute")),
        // the word a language puts after a year number also makes a span of years after a
        // count, though the concept lexicon leaves it out (it would tag every date)
        ("Работы заняли три года.", "ru", Some("year")),
        ("Роботи тривали 1,5 року.", "uk", Some("year")),
        ("İşlər üç il çəkdi.", "az", Some("year")),
        // …but not its abbreviation, which after a count is as often grams or something else
        ("Весит 3 г.", "ru", None),
        // a time word further on makes a rate: trucks are counted
        ("The terminal clears up to 200 trucks per hour.", "en", None),
        ("Терминал рассчитан на 1500 грузовиков в сутки.", "ru", None),
    ] {
        assert_eq!(one(text, lang).unit.as_deref(), expected, "{text}");
    }
}

#[test]
fn a_half_after_a_number_or_a_time_span_adds_to_it() {
    for (text, lang, value, unit, surface) in [
        (
            "It took two and a half years.",
            "en",
            2.5,
            Some("year"),
            "two and a half",
        ),
        (
            "It took a year and a half.",
            "en",
            1.5,
            Some("year"),
            "a year and a half",
        ),
        (
            "Traffic is two and a half times higher.",
            "en",
            2.5,
            None,
            "two and a half",
        ),
        (
            "One and a half million people.",
            "en",
            1.5e6,
            None,
            "One and a half million",
        ),
        (
            "Его приговорили к девяти с половиной годам.",
            "ru",
            9.5,
            Some("year"),
            "девяти с половиной",
        ),
        (
            "Суд дал ему 9 с половиной лет.",
            "ru",
            9.5,
            Some("year"),
            "9 с половиной",
        ),
        (
            "Ремонт тривав два з половиною роки.",
            "uk",
            2.5,
            Some("year"),
            "два з половиною",
        ),
        (
            "La obra duró dos años y medio.",
            "es",
            2.5,
            Some("year"),
            "dos años y medio",
        ),
        (
            "La obra duró año y medio.",
            "es",
            1.5,
            Some("year"),
            "año y medio",
        ),
        (
            "Esperaron una hora y media.",
            "es",
            1.5,
            Some("hour"),
            "una hora y media",
        ),
        (
            "Les travaux ont duré deux ans et demi.",
            "fr",
            2.5,
            Some("year"),
            "deux ans et demi",
        ),
        (
            "Les travaux ont duré un an et demi.",
            "fr",
            1.5,
            Some("year"),
            "un an et demi",
        ),
        (
            "I lavori sono durati due anni e mezzo.",
            "it",
            2.5,
            Some("year"),
            "due anni e mezzo",
        ),
        (
            "Die Arbeiten dauerten zweieinhalb Jahre.",
            "de",
            2.5,
            Some("year"),
            "zweieinhalb",
        ),
        (
            "Çalışmalar bir buçuk yıl sürdü.",
            "tr",
            1.5,
            Some("year"),
            "bir buçuk",
        ),
        (
            "Təmir iki il yarım çəkdi.",
            "az",
            2.5,
            Some("year"),
            "iki il yarım",
        ),
        (
            "Աշխատանքները տևել են երկու ու կես տարի։",
            "hy",
            2.5,
            Some("year"),
            "երկու ու կես",
        ),
        (
            "کار دو سال و نیم طول کشید.",
            "fa",
            2.5,
            Some("year"),
            "دو سال و نیم",
        ),
    ] {
        let n = one(text, lang);
        assert_close(n.value, value);
        assert_eq!(
            (n.unit.as_deref(), n.surface.as_str()),
            (unit, surface),
            "{text}"
        );
    }
    // a year and a half is eighteen months
    let (a, b) = (
        one("It took a year and a half.", "en"),
        one("It took 18 months.", "en"),
    );
    assert_close(a.compared_value(), b.compared_value());
    // the half before a magnitude is the magnitude's, not the span's
    let n = &find("Hace tres años y medio millón votaron.", "es", YEAR).1[0];
    assert_eq!((n.value, n.surface.as_str()), (3.0, "tres"));
}

#[test]
fn month_names_are_known_in_any_case_and_with_endings() {
    assert!(super::is_month_name("April", "en"));
    assert!(super::is_month_name("DECEMBER", "en"));
    assert!(super::is_month_name("сентября", "ru"));
    assert!(super::is_month_name("Sept.", "en"));
    assert!(!super::is_month_name("Aprilia", "en"));
    assert!(!super::is_month_name("Goris", "en"));
}

#[test]
fn a_span_of_days_has_its_unit_right_after_the_number() {
    for (text, lang) in [
        ("The war lasted 44 days.", "en"),
        ("استمرت الحرب 44 يوما.", "ar"),
        ("La guerra duró 44 días.", "es"),
        ("La guerre a duré 44 jours.", "fr"),
    ] {
        assert_eq!(one(text, lang).unit.as_deref(), Some("days"), "{text}");
    }
    // only as the very next word: days named further on are not the unit of "44"
    let n = nums("44 people in two days.", "en");
    assert_eq!(n[0].unit, None);
    assert_eq!(n[1].unit.as_deref(), Some("days"));
    // nor is it a time span of `model::is_duration` (minutes would part it from "beş gün")
    assert!(!crate::model::is_duration("days"));
}
