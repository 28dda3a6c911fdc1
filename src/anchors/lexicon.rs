//! Lexicons: month names, multiplier words, qualifiers and year words per language, as data, and
//! their folded, ready-to-match form.

use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// Qualifiers

/// What a qualifier word asserts about the number it modifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Qual {
    MoreThan,
    AtLeast,
    /// `about`, `around`, `some`: ±10 %.
    About,
    /// `nearly`, `almost`: up to 10 % below.
    Nearly,
    LessThan,
    AtMost,
    UpTo,
    /// tr `kadar`, az `qədər`: *up to* after a dative (`100 bine kadar`), *about* otherwise
    /// (`100 bin kadar`).
    DativeUpTo,
}

impl Qual {
    pub(super) fn name(self) -> &'static str {
        match self {
            Qual::MoreThan => "more-than",
            Qual::AtLeast => "at-least",
            Qual::About | Qual::Nearly => "about",
            Qual::LessThan => "less-than",
            Qual::AtMost => "at-most",
            Qual::UpTo | Qual::DativeUpTo => "up-to",
        }
    }

    pub(super) fn interval(self, n: f64) -> (f64, Option<f64>) {
        match self {
            Qual::MoreThan | Qual::AtLeast => (n, None),
            Qual::About => (0.9 * n, Some(1.1 * n)),
            Qual::Nearly => (0.9 * n, Some(n)),
            Qual::LessThan | Qual::AtMost | Qual::UpTo | Qual::DativeUpTo => (0.0, Some(n)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Lexicons (data)

/// One language's words, in a small notation:
///
/// - forms are separated by spaces; `stem*` matches the stem plus up to 4 (short stems) or 6
///   letters of ending (`сентябр*` → сентября, сентябре; `eylül*` → Eylül'de);
/// - `form.` is an abbreviation whose following full stop, when present, belongs to the anchor;
/// - `^form` must be written with a capital (en `May`, `March`: not the verbs);
/// - `a_b` is a two-word form (ar `كانون_الثاني`);
/// - qualifier phrases are separated by `|`, their words by spaces.
struct LangData {
    codes: &'static [&'static str],
    months: [&'static str; 12],
    mults: &'static [(f64, &'static str)],
    pre: &'static [(Qual, &'static str)],
    post: &'static [(Qual, &'static str)],
    /// Words that follow a year (`года`, `il`, `թ.`) or link it to a following date.
    year_words: &'static str,
    /// Words between day and month (`de`, `of`).
    links: &'static str,
    /// `,` is the decimal mark and `.` groups thousands (the single-three-digit-group rule
    /// still applies to both marks).
    decimal_comma: bool,
    /// A plain space may group thousands (`120 000`). No-break and thin spaces always may.
    space_groups: bool,
    /// Month-before-day order is usual (`September 19`, `sentyabrın 19-da`, `սեպտեմբերի 19`).
    month_day: bool,
    /// Postposed qualifiers may follow one noun (`100 kişiden fazla`, `100 min nəfərdən çox`).
    post_skip_noun: bool,
    /// Words that add a half to the number before them ("two and a half", "два с половиной",
    /// "iki buçuk") or to the time span a number or an article names before them ("dos años y
    /// medio", "a year and a half", "un an et demi"), `|`-separated phrases.
    halves: &'static str,
    /// Numbers written as words, `form=value` ("three soldiers", "трёх военнослужащих"): whole
    /// words only, and not those that are as often another word (fr "neuf" is also "new", it
    /// "sei" also "you are", fa "نه" also "no", tr "yedi" also "ate", ru "семью" also "family").
    /// `form=low-high` is a vague quantity, the range it asserts ("thousands" = 2,000–9,999,
    /// "dozens" = 24–99); `form+=low-high` one that is a number only before a magnitude word
    /// ("several hundred", "несколько тысяч": "several days" is no figure); `@form=value` a
    /// number only after a qualifier, with that value (the ru genitive singular "около сотни",
    /// "более тысячи", where "сотни", "тысячи" alone are plurals); `form~=value` a
    /// round number said roughly ("une trentaine" = about 30). Words that add up ("forty-seven",
    /// "treinta y cinco", "сто двадцать") are read as one number (see `Scanner::compound`), so
    /// tens and hundreds are listed on their own.
    counts: &'static str,
}

use Qual::*;

pub(super) const K: f64 = 1e3;
pub(super) const M: f64 = 1e6;
pub(super) const G: f64 = 1e9;
pub(super) const T: f64 = 1e12;

static LANGS: &[LangData] = &[
    LangData {
        codes: &["en"],
        months: [
            "january jan.",
            "february feb.",
            "^march ^mar.",
            "april apr.",
            "^may",
            "june jun.",
            "july jul.",
            "august aug.",
            "september sept. sep.",
            "october oct.",
            "november nov.",
            "december dec.",
        ],
        mults: &[
            (12.0, "dozen"),
            (100.0, "hundred hundreds"),
            (K, "thousand thousands"),
            (M, "million millions mln. mn."),
            (G, "billion bn."),
            (T, "trillion tn."),
        ],
        pre: &[
            (
                MoreThan,
                "more than|over|upwards of|in excess of|well over|just over|exceeded|topped|surpassed",
            ),
            (
                AtLeast,
                "at least|no fewer than|no less than|not less than|a minimum of",
            ),
            (
                About,
                "about|around|some|roughly|approximately|approx.|approx|an estimated|circa|estimated|ca.",
            ),
            (Nearly, "nearly|almost|close to|just under|just short of"),
            (UpTo, "up to|as many as"),
            (LessThan, "fewer than|less than|under|below"),
            (AtMost, "at most|no more than|not more than|a maximum of"),
        ],
        post: &[
            (AtLeast, "or more|or above|and more"),
            (About, "or so"),
            (AtMost, "or fewer|or less"),
        ],
        year_words: "",
        links: "of",
        decimal_comma: false,
        space_groups: false,
        month_day: true,
        post_skip_noun: false,
        halves: "and a half|and one half",
        counts: "two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 dozens=24-99 tens=20-99 hundreds=200-999 thousands=2000-9999 millions=2000000-9999999 several+=3-9 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 dozen~=12",
    },
    LangData {
        codes: &["ru", "be", "kk", "bg"],
        months: [
            "январ* янв.",
            "феврал* фев. февр.",
            "март* мар.",
            "апрел* апр.",
            "май мая мае маю",
            "июн*",
            "июл*",
            "август* авг.",
            "сентябр* сен. сент.",
            "октябр* окт.",
            "ноябр* ноя. нояб.",
            "декабр* дек.",
        ],
        mults: &[
            (10.0, "десятков десятка"),
            (100.0, "сотен сотни"),
            (K, "тысяч* тыс."),
            (M, "миллион* млн."),
            (G, "миллиард* млрд."),
            (T, "трлн."),
        ],
        pre: &[
            (
                MoreThan,
                "более|свыше|больше|более чем|больше чем|чуть более|чуть больше|свыше чем|более чем на|превысило|превысил|превысила|превысили|превышает",
            ),
            (
                AtLeast,
                "не менее|не меньше|не менее чем|как минимум|минимум|по меньшей мере|по крайней мере",
            ),
            (
                About,
                "около|примерно|порядка|приблизительно|ориентировочно|примерно на|примерно в|приблизительно на",
            ),
            (
                Nearly,
                "почти|без малого|чуть менее|чуть меньше|почти на|почти в",
            ),
            (UpTo, "до"),
            (LessThan, "менее|меньше|менее чем|меньше чем"),
            (AtMost, "не более|не больше|не более чем|максимум"),
        ],
        post: &[(MoreThan, "с лишним|с небольшим")],
        year_words: "год* г.",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "с половиной",
        counts: "полтора=1.5 полторы=1.5 полутора=1.5 два=2 две=2 двух=2 двум=2 двумя=2 двое=2 двоих=2 три=3 трёх=3 трём=3 тремя=3 трое=3 троих=3 четыре=4 четырёх=4 четырём=4 четырьмя=4 четверо=4 четверых=4 пять=5 пяти=5 пятью=5 пятеро=5 пятерых=5 шесть=6 шести=6 шестью=6 шестеро=6 семь=7 семи=7 семеро=7 восемь=8 восьми=8 восемью=8 девять=9 девяти=9 девятью=9 десять=10 десяти=10 десятью=10 одиннадцать=11 одиннадцати=11 двенадцать=12 двенадцати=12 пятнадцать=15 пятнадцати=15 двадцать=20 двадцати=20 десятки=20-99 десятков=20-99 сотни=200-999 сотен=200-999 тысячи=2000-9999 несколько+=3-9 тридцать=30 тридцати=30 тридцатью=30 сорок=40 сорока=40 пятьдесят=50 пятидесяти=50 шестьдесят=60 шестидесяти=60 семьдесят=70 семидесяти=70 восемьдесят=80 восьмидесяти=80 девяносто=90 девяноста=90 сто=100 ста=100 двести=200 двухсот=200 триста=300 трёхсот=300 четыреста=400 четырёхсот=400 пятьсот=500 пятисот=500 шестьсот=600 шестисот=600 семьсот=700 семисот=700 восемьсот=800 восьмисот=800 девятьсот=900 девятисот=900 десяток~=10 десятка~=10 сотня~=100 сотню~=100 @сотни=100 @тысячи=1000 @миллиона=1000000",
    },
    LangData {
        codes: &["uk"],
        months: [
            "січ*",
            "лют*",
            "берез*",
            "квіт*",
            "трав*",
            "черв*",
            "лип*",
            "серп*",
            "верес*",
            "жовт*",
            "листопад*",
            "груд*",
        ],
        mults: &[
            (100.0, "сотень сотні"),
            (K, "тисяч* тис."),
            (M, "мільйон* млн."),
            (G, "мільярд* млрд."),
        ],
        pre: &[
            (MoreThan, "понад|більше|більш ніж|більше ніж"),
            (
                AtLeast,
                "щонайменше|принаймні|не менше|не менш ніж|як мінімум|мінімум",
            ),
            (About, "близько|приблизно|орієнтовно|порядку|приблизно на"),
            (Nearly, "майже|без малого|майже на"),
            (UpTo, "до"),
            (LessThan, "менше|менш ніж|менше ніж"),
            (AtMost, "не більше|не більш ніж|максимум"),
        ],
        post: &[],
        year_words: "рок* рік р.",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "з половиною|із половиною|з половиной",
        counts: "півтора=1.5 півтори=1.5 два=2 дві=2 двох=2 двом=2 двома=2 двоє=2 три=3 трьох=3 трьом=3 трьома=3 троє=3 чотири=4 чотирьох=4 четверо=4 п'ять=5 п'яти=5 п'ятеро=5 шість=6 шести=6 сім=7 семи=7 вісім=8 восьми=8 дев'ять=9 дев'яти=9 десять=10 десяти=10 дванадцять=12 двадцять=20 десятки=20-99 десятків=20-99 сотні=200-999 сотень=200-999 тисячі=2000-9999 кілька+=3-9 тридцять=30 тридцяти=30 сорок=40 сорока=40 п'ятдесят=50 п'ятдесяти=50 шістдесят=60 шістдесяти=60 сімдесят=70 сімдесяти=70 вісімдесят=80 вісімдесяти=80 дев'яносто=90 сто=100 двісті=200 триста=300 п'ятсот=500 десяток~=10 десятка~=10 @сотні=100 @тисячі=1000 @мільйона=1000000",
    },
    LangData {
        codes: &["az"],
        months: [
            "yanvar*",
            "fevral*",
            "mart*",
            "aprel*",
            "may*",
            "iyun*",
            "iyul*",
            "avqust*",
            "sentyabr*",
            "oktyabr*",
            "noyabr*",
            "dekabr*",
        ],
        mults: &[
            (100.0, "yüz"),
            (K, "min minə mindən mini minin mində"),
            (M, "milyon* mln."),
            (G, "milyard* mlrd."),
        ],
        pre: &[
            (About, "təxminən|təqribən|təxmini"),
            (AtLeast, "azı|ən azı|ən az"),
            (AtMost, "ən çox|maksimum"),
        ],
        post: &[
            (MoreThan, "çox|artıq|çoxdur|artıqdır|ötüb|ötdü|keçib|keçdi"),
            (About, "yaxın"),
            (DativeUpTo, "qədər|dək"),
            (LessThan, "az"),
        ],
        year_words: "il ili ilin ildə ilinin ilində il.",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: true,
        post_skip_noun: true,
        halves: "yarım",
        counts: "iki=2 ikisi=2 üç=3 üçü=3 dörd=4 dördü=4 beş=5 beşi=5 altı=6 yeddi=7 səkkiz=8 doqquz=9 on=10 iyirmi=20 onlarla=20-99 yüzlərlə=200-999 minlərlə=2000-9999 neçə+=3-9 otuz=30 qırx=40 əlli=50 altmış=60 yetmiş=70 səksən=80 doxsan=90",
    },
    LangData {
        codes: &["tr"],
        months: [
            "ocak*",
            "şubat*",
            "mart*",
            "nisan*",
            "mayıs*",
            "haziran*",
            "temmuz*",
            "ağustos*",
            "eylül*",
            "ekim*",
            "kasım*",
            "aralık*",
        ],
        mults: &[
            (100.0, "yüz"),
            (K, "bin bine binden bini binin binde"),
            (M, "milyon* mn."),
            (G, "milyar*"),
        ],
        pre: &[
            (About, "yaklaşık|tahminen|yaklaşık olarak|aşağı yukarı"),
            (Nearly, "neredeyse|hemen hemen"),
            (AtLeast, "en az|asgari"),
            (AtMost, "en fazla|en çok|azami"),
        ],
        post: &[
            (
                MoreThan,
                "fazla|aşkın|üzerinde|fazlası|aştı|aşıyor|aştığını|aştığı",
            ),
            (About, "civarında|yakın|dolayında"),
            (DativeUpTo, "kadar"),
            (LessThan, "az|altında"),
        ],
        year_words: "yıl*",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: true,
        halves: "buçuk",
        counts: "iki=2 ikisi=2 üç=3 üçü=3 dört=4 dördü=4 beş=5 beşi=5 altı=6 sekiz=8 dokuz=9 on=10 yirmi=20 onlarca=20-99 yüzlerce=200-999 binlerce=2000-9999 birkaç+=3-9 otuz=30 kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90",
    },
    LangData {
        codes: &["hy"],
        months: [
            "հունվար*",
            "փետրվար*",
            "մարտ*",
            "ապրիլ*",
            "մայիս*",
            "հունիս*",
            "հուլիս*",
            "օգոստոս*",
            "սեպտեմբեր*",
            "հոկտեմբեր*",
            "նոյեմբեր*",
            "դեկտեմբեր*",
        ],
        mults: &[
            (100.0, "հարյուր"),
            (K, "հազար*"),
            (M, "միլիոն* մլն."),
            (G, "միլիարդ* մլրդ."),
        ],
        pre: &[
            (MoreThan, "ավելի քան"),
            (About, "մոտ|շուրջ|մոտավորապես"),
            (AtLeast, "առնվազն|նվազագույնը"),
            (Nearly, "գրեթե|համարյա"),
            (UpTo, "մինչև|մինչեւ"),
            (LessThan, "պակաս քան"),
            (AtMost, "առավելագույնը"),
        ],
        post: &[
            (MoreThan, "ավելի|ավել|գերազանցել է|գերազանցում է"),
            (LessThan, "պակաս"),
        ],
        year_words: "թվական* թ.",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: true,
        post_skip_noun: true,
        halves: "ու կես",
        counts: "մեկուկես=1.5 երկուսուկես=2.5 երեքուկես=3.5 չորսուկես=4.5 հինգուկես=5.5 երկու=2 երկուսը=2 երեք=3 երեքը=3 չորս=4 չորսը=4 հինգ=5 հինգը=5 վեց=6 վեցը=6 յոթ=7 յոթը=7 ութ=8 ութը=8 ինը=9 ինն=9 տասը=10 տաս=10 քսան=20 տասնյակներ=20-99 հարյուրավոր=200-999 հազարավոր=2000-9999 քանի+=3-9 երեսուն=30 քառասուն=40 հիսուն=50 վաթսուն=60 յոթանասուն=70 ութսուն=80 իննսուն=90 հարյուր=100",
    },
    LangData {
        codes: &["ka"],
        months: [
            "იანვ*",
            "თებერვ*",
            "მარტ*",
            "აპრილ*",
            "მაის*",
            "ივნის*",
            "ივლის*",
            "აგვისტო*",
            "სექტემბ*",
            "ოქტომბ*",
            "ნოემბ*",
            "დეკემბ*",
        ],
        mults: &[
            (100.0, "ასეული ასეულობით"),
            (K, "ათას*"),
            (M, "მილიონ* მლნ."),
            (G, "მილიარდ* მლრდ."),
        ],
        pre: &[
            (About, "დაახლოებით"),
            (Nearly, "თითქმის"),
            (AtLeast, "სულ მცირე|მინიმუმ|არანაკლებ"),
        ],
        post: &[
            (MoreThan, "მეტი|მეტმა|მეტს"),
            (LessThan, "ნაკლები|ნაკლებმა"),
        ],
        year_words: "წლის წელს წელი წ.",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: true,
        halves: "",
        counts: "ორი=2 ორ=2 სამი=3 სამ=3 ოთხი=4 ოთხ=4 ხუთი=5 ხუთ=5 ექვსი=6 შვიდი=7 რვა=8 ცხრა=9 ათი=10 ოცი=20 ათეულობით=20-99 ასობით=200-999 ათასობით=2000-9999 რამდენიმე+=3-9",
    },
    LangData {
        codes: &["es"],
        months: [
            "enero ene.",
            "febrero feb.",
            "marzo mar.",
            "abril abr.",
            "mayo",
            "junio jun.",
            "julio jul.",
            "agosto ago.",
            "septiembre setiembre sept. sep. set.",
            "octubre oct.",
            "noviembre nov.",
            "diciembre dic.",
        ],
        mults: &[
            (100.0, "cientos"),
            (K, "mil miles"),
            (M, "millón millones millon"),
            (G, "millardo*"),
            (T, "billón billones billon"),
        ],
        pre: &[
            (
                MoreThan,
                "más de|mas de|por encima de|superó|supera|superaron|superó los|supera los|superaron los|superó las|supera las",
            ),
            (
                About,
                "unos|unas|alrededor de|aproximadamente|en torno a|cerca de|aprox.",
            ),
            (Nearly, "casi"),
            (AtLeast, "al menos|por lo menos|como mínimo|no menos de"),
            (UpTo, "hasta"),
            (LessThan, "menos de|por debajo de"),
            (AtMost, "no más de|como máximo|a lo sumo"),
        ],
        post: &[],
        year_words: "",
        links: "de",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "y medio|y media",
        counts: "dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 quince=15 veinte=20 decenas=20-99 cientos=200-999 miles=2000-9999 millones=2000000-9999999 varios+=3-9 varias+=3-9 veintiuno=21 veintiun=21 veintiuna=21 veintidós=22 veintitrés=23 veinticuatro=24 veinticinco=25 veintiséis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100 doscientos=200 doscientas=200 trescientos=300 trescientas=300 cuatrocientos=400 cuatrocientas=400 quinientos=500 quinientas=500 centenares=200-999 millares=2000-9999 decena~=10 docena~=12 veintena~=20 treintena~=30 cincuentena~=50 centenar~=100 millar~=1000",
    },
    LangData {
        codes: &["fr"],
        months: [
            "janvier janv.",
            "février fevrier févr. fév.",
            "mars",
            "avril avr.",
            "mai",
            "juin",
            "juillet juil.",
            "août aout",
            "septembre sept.",
            "octobre oct.",
            "novembre nov.",
            "décembre decembre déc.",
        ],
        mults: &[
            (100.0, "cent cents centaine centaines"),
            (K, "mille milliers"),
            (M, "million*"),
            (G, "milliard*"),
        ],
        pre: &[
            (
                MoreThan,
                "plus de|plus d'une|plus d'un|dépassé|dépasse|dépassait|dépassé les|dépasse les",
            ),
            (
                About,
                "environ|quelque|quelques|autour de|approximativement|aux alentours de|à peu près",
            ),
            (
                Nearly,
                "près de|près d'une|près d'un|presque|quasiment|pratiquement",
            ),
            (
                AtLeast,
                "au moins|pas moins de|pas moins d'une|pas moins d'un|au minimum",
            ),
            (UpTo, "jusqu'à"),
            (LessThan, "moins de|moins d'une|moins d'un"),
            (AtMost, "pas plus de|au plus|au maximum"),
        ],
        post: &[(About, "environ")],
        year_words: "",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "et demi|et demie",
        counts: "deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 dix=10 onze=11 douze=12 quinze=15 vingt=20 dizaines=20-99 centaines=200-999 milliers=2000-9999 plusieurs+=3-9 trente=30 quarante=40 cinquante=50 soixante=60 mille=1000 dizaine~=10 douzaine~=12 quinzaine~=15 vingtaine~=20 trentaine~=30 cinquantaine~=50 soixantaine~=60 centaine~=100 millier~=1000",
    },
    LangData {
        codes: &["de"],
        months: [
            "januar jänner jan.",
            "februar feb.",
            "märz maerz mär.",
            "april apr.",
            "mai",
            "juni",
            "juli",
            "august aug.",
            "september sept. sep.",
            "oktober okt.",
            "november nov.",
            "dezember dez.",
        ],
        mults: &[
            (100.0, "hundert"),
            (K, "tausend tsd."),
            (M, "million* mio."),
            (G, "milliarde* mrd."),
        ],
        pre: &[
            (
                MoreThan,
                "mehr als|über|weit über|überstieg|übersteigt|überschritt",
            ),
            (About, "rund|etwa|ungefähr|circa|ca.|zirka|an die"),
            (Nearly, "fast|knapp|beinahe|nahezu|annähernd"),
            (AtLeast, "mindestens|wenigstens|zumindest"),
            (UpTo, "bis zu"),
            (LessThan, "weniger als|unter"),
            (AtMost, "höchstens|maximal"),
        ],
        post: &[],
        year_words: "",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "",
        counts: "anderthalb=1.5 eineinhalb=1.5 zweieinhalb=2.5 dreieinhalb=3.5 viereinhalb=4.5 fünfeinhalb=5.5 sechseinhalb=6.5 siebeneinhalb=7.5 achteinhalb=8.5 neuneinhalb=9.5 zehneinhalb=10.5 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 fünfzehn=15 zwanzig=20 dutzende=24-99 hunderte=200-999 tausende=2000-9999 zehntausende=20000-99999 hunderttausende=200000-999999 mehrere+=3-9 einige+=3-9 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 dutzend~=12",
    },
    LangData {
        codes: &["it"],
        months: [
            "gennaio gen.",
            "febbraio feb.",
            "marzo mar.",
            "aprile apr.",
            "maggio mag.",
            "giugno giu.",
            "luglio lug.",
            "agosto ago.",
            "settembre set. sett.",
            "ottobre ott.",
            "novembre nov.",
            "dicembre dic.",
        ],
        mults: &[(K, "mila mille"), (M, "milion* mln."), (G, "miliard* mld.")],
        pre: &[
            (MoreThan, "più di|oltre|ben oltre"),
            (About, "circa|intorno a|intorno ai|all'incirca|attorno a"),
            (Nearly, "quasi|pressoché"),
            (AtLeast, "almeno|non meno di"),
            (UpTo, "fino a"),
            (LessThan, "meno di"),
            (AtMost, "non più di|al massimo"),
        ],
        post: &[],
        year_words: "",
        links: "",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "e mezzo|e mezza",
        counts: "due=2 tre=3 quattro=4 cinque=5 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12 quindici=15 decine=20-99 centinaia=200-999 migliaia=2000-9999 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90 decina~=10 dozzina~=12 ventina~=20 trentina~=30 quarantina~=40 cinquantina~=50 sessantina~=60 centinaio~=100 migliaio~=1000",
    },
    LangData {
        codes: &["pt"],
        months: [
            "janeiro jan.",
            "fevereiro fev.",
            "março marco mar.",
            "abril abr.",
            "maio",
            "junho jun.",
            "julho jul.",
            "agosto ago.",
            "setembro set.",
            "outubro",
            "novembro nov.",
            "dezembro dez.",
        ],
        mults: &[
            (K, "mil"),
            (M, "milhão milhões milhao milhoes"),
            (G, "bilhão bilhões bilhao bilhoes"),
        ],
        pre: &[
            (MoreThan, "mais de"),
            (
                About,
                "cerca de|aproximadamente|por volta de|em torno de|uns|umas",
            ),
            (Nearly, "quase|perto de"),
            (AtLeast, "pelo menos|ao menos|no mínimo"),
            (UpTo, "até"),
            (LessThan, "menos de"),
            (AtMost, "no máximo|não mais de"),
        ],
        post: &[],
        year_words: "",
        links: "de",
        decimal_comma: true,
        space_groups: true,
        month_day: false,
        post_skip_noun: false,
        halves: "e meio|e meia",
        counts: "dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 doze=12 quinze=15 vinte=20 dezenas=20-99 centenas=200-999 milhares=2000-9999 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100 dezena~=10 dúzia~=12 centena~=100 milhar~=1000",
    },
    LangData {
        codes: &["ar"],
        months: [
            "يناير كانون_الثاني",
            "فبراير شباط",
            "مارس آذار",
            "أبريل إبريل نيسان",
            "مايو أيار",
            "يونيو يونيه حزيران",
            "يوليو يوليه تموز",
            "أغسطس آب",
            "سبتمبر أيلول",
            "أكتوبر تشرين_الأول",
            "نوفمبر تشرين_الثاني",
            "ديسمبر كانون_الأول",
        ],
        mults: &[
            (K, "ألف آلاف ألفا"),
            (M, "مليون ملايين"),
            (G, "مليار مليارات"),
        ],
        pre: &[
            (MoreThan, "أكثر من|ما يزيد على|ما يزيد عن|أزيد من"),
            (About, "نحو|حوالي|حوالى|زهاء|ما يقارب|تقريبا"),
            (Nearly, "قرابة|قرابه"),
            (AtLeast, "ما لا يقل عن|على الأقل"),
            (LessThan, "أقل من"),
            (UpTo, "حتى"),
        ],
        post: &[(AtLeast, "على الأقل"), (About, "تقريبا")],
        year_words: "",
        links: "",
        decimal_comma: false,
        space_groups: false,
        month_day: false,
        post_skip_noun: false,
        halves: "ونصف",
        counts: "اثنان=2 اثنين=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 خمسة=5 خمس=5 ستة=6 سبعة=7 سبع=7 ثمانية=8 تسعة=9 تسع=9 عشرة=10 عشرات=20-99 مئات=200-999 المئات=200-999 آلاف=2000-9999 الآلاف=2000-9999",
    },
    LangData {
        codes: &["fa"],
        months: [
            "ژانویه",
            "فوریه",
            "مارس",
            "آوریل",
            "مه می",
            "ژوئن",
            "ژوئیه جولای",
            "اوت آگوست",
            "سپتامبر",
            "اکتبر",
            "نوامبر",
            "دسامبر",
        ],
        mults: &[(K, "هزار"), (M, "میلیون"), (G, "میلیارد")],
        pre: &[
            (MoreThan, "بیش از|بیشتر از|افزون بر"),
            (About, "حدود|حدودا|در حدود|تقریبا"),
            (Nearly, "نزدیک به|قریب به"),
            (AtLeast, "دست کم|دست‌کم|حداقل"),
            (LessThan, "کمتر از"),
            (AtMost, "حداکثر"),
        ],
        post: &[],
        year_words: "",
        links: "",
        decimal_comma: false,
        space_groups: false,
        month_day: false,
        post_skip_noun: false,
        halves: "و نیم",
        counts: "دو=2 سه=3 چهار=4 پنج=5 شش=6 هفت=7 هشت=8 صدها=200-999 هزاران=2000-9999",
    },
];

/// A word form from [`LangData`], folded.
#[derive(Debug)]
pub(super) struct Form {
    pub(super) first: String,
    pub(super) second: Option<String>,
    pub(super) first_chars: usize,
    pub(super) stem: bool,
    pub(super) cap: bool,
    pub(super) abbrev: bool,
}

impl Form {
    fn parse(spec: &str) -> Form {
        let mut s = spec;
        let cap = s.starts_with('^');
        if cap {
            s = &s[1..];
        }
        let abbrev = s.ends_with('.');
        if abbrev {
            s = &s[..s.len() - 1];
        }
        let stem = s.ends_with('*');
        if stem {
            s = &s[..s.len() - 1];
        }
        let (first, second) = match s.split_once('_') {
            Some((a, b)) => (fold(a), Some(fold(b))),
            None => (fold(s), None),
        };
        Form {
            first_chars: first.chars().count(),
            first,
            second,
            stem,
            cap,
            abbrev,
        }
    }

    /// Does the folded word `w` match the first word of this form?
    pub(super) fn matches(&self, w: &str) -> bool {
        if self.stem {
            if !w.starts_with(self.first.as_str()) {
                return false;
            }
            let extra = w[self.first.len()..].chars().count();
            extra <= if self.first_chars <= 4 { 4 } else { 6 }
        } else {
            w == self.first
        }
    }
}

/// What a number word says: one value ("three": `low == high`) or the range of a vague quantity
/// ("thousands": 2,000–9,999).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Count {
    pub(super) low: f64,
    pub(super) high: f64,
    /// A number only before a magnitude word ("several hundred"; "several days" is none).
    pub(super) needs_magnitude: bool,
    /// A round number said roughly ("une trentaine", "una treintena", "десяток"): about the
    /// value, as if "about" stood before it.
    pub(super) approx: bool,
}

impl Count {
    /// `value` is `3` or `2000-9999`.
    fn parse(value: &str, needs_magnitude: bool, approx: bool) -> Option<Count> {
        let (low, high) = match value.split_once('-') {
            Some((l, h)) => (l.parse().ok()?, h.parse().ok()?),
            None => {
                let v = value.parse().ok()?;
                (v, v)
            }
        };
        Some(Count {
            low,
            high,
            needs_magnitude,
            approx,
        })
    }

    pub(super) fn is_range(&self) -> bool {
        self.low != self.high
    }
}

/// "One" in the languages with number words, folded: a number only as the last word of a
/// compound ("twenty-one", "vingt et un", "двадцать один", "otuz bir"), since alone it is as
/// often an article or a pronoun.
pub(super) const ONES: [&str; 13] = [
    "one", "un", "une", "uno", "um", "uma", "один", "одна", "одно", "bir", "մեկ", "ein", "eins",
];

/// Indefinite articles, folded: one before a round number said roughly ("une trentaine", "a
/// dozen") belongs to it, so that a qualifier before the article reaches the number ("more than
/// a dozen", "más de una treintena"). The French elided forms are in the qualifiers ("plus
/// d'une").
pub(super) const ARTICLES: [&str; 12] = [
    "a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einem", "einer",
];

/// Halves, folded: "medio centenar" (50), "media docena" (6), "half a dozen".
pub(super) const HALVES: [&str; 7] = ["half", "medio", "media", "meio", "meia", "mezzo", "mezza"];

/// Endings that make a number an age when attached to it ("74-ամյա", "46-летний",
/// "46-jährige", "20-річний"), folded: such a number is no count of people.
pub(super) const AGE_ENDINGS: [&str; 5] = ["ամյա", "летн", "річн", "jährig", "jahrig"];

/// Endings, folded, that make the number they are attached to an ordinal: en "19th", hy
/// "20-րդ", tr "20'nci", az "20-ci", ru/uk "5-й", "20-го", "20-м", fr "20e", "1er". Such a
/// number ranks something (a century, an anniversary, a place in a list) and counts nothing.
/// Left out as ambiguous: hy "-ին" (also a dative), ru "-х" ("3-х" is also "трёх"), "-ти";
/// a full stop (de, tr "19.") is an ordinal only inside a sentence (see `dot_ordinal`).
pub(super) const ORDINAL_ENDINGS: [&str; 32] = [
    "st", "nd", "rd", "th", "րդ", "nci", "ncı", "ncü", "ncu", "inci", "ıncı", "üncü", "uncu", "ci",
    "cı", "cu", "cü", "й", "го", "м", "му", "я", "ий", "ій", "ого", "ому", "е", "e", "er", "ere",
    "eme", "ème",
];

/// Words between a vague quantity and its magnitude: "tens of thousands", "decenas de miles",
/// "des dizaines de milliers", "decine di migliaia" (folded).
pub(super) const VAGUE_LINKS: [&str; 4] = ["of", "de", "di", "d"];

/// A qualifier phrase: folded words.
pub(super) type Phrase = (Vec<String>, Qual);

/// The folded, ready-to-match lexicon of one language.
pub(super) struct Lex {
    codes: &'static [&'static str],
    pub(super) months: Vec<(Form, u8)>,
    pub(super) mults: Vec<(Form, f64)>,
    pub(super) pre: Vec<Phrase>,
    pub(super) post: Vec<Phrase>,
    pub(super) year_words: Vec<Form>,
    pub(super) links: Vec<String>,
    pub(super) decimal_comma: bool,
    pub(super) space_groups: bool,
    pub(super) month_day: bool,
    pub(super) post_skip_noun: bool,
    /// Phrases that add a half ([`LangData::halves`]), folded words, longest first.
    pub(super) halves: Vec<Vec<String>>,
    /// Number words ([`LangData::counts`]), folded, with their values.
    pub(super) counts: std::collections::HashMap<String, Count>,
    /// Number words that are numbers of their own only after a qualifier, with the value they
    /// have there ([`LangData::counts`] `@form=value`: ru "около сотни" is about 100, where
    /// "сотни" alone is hundreds).
    pub(super) qualified: std::collections::HashMap<String, Count>,
    /// Byte length of the longest word in `counts` (longer words are not looked up).
    pub(super) count_bytes: usize,
}

impl Lex {
    fn empty() -> Lex {
        Lex {
            codes: &[],
            months: Vec::new(),
            mults: Vec::new(),
            pre: Vec::new(),
            post: Vec::new(),
            year_words: Vec::new(),
            links: Vec::new(),
            decimal_comma: false,
            space_groups: false,
            month_day: true,
            post_skip_noun: false,
            halves: Vec::new(),
            counts: std::collections::HashMap::new(),
            qualified: std::collections::HashMap::new(),
            count_bytes: 0,
        }
    }

    fn add(&mut self, d: &LangData) {
        for (i, spec) in d.months.iter().enumerate() {
            for f in spec.split_whitespace() {
                self.months.push((Form::parse(f), i as u8 + 1));
            }
        }
        for (v, spec) in d.mults {
            for f in spec.split_whitespace() {
                self.mults.push((Form::parse(f), *v));
            }
        }
        let phrases = |list: &[(Qual, &str)], out: &mut Vec<Phrase>| {
            for (q, spec) in list {
                for p in spec.split('|') {
                    out.push((p.split_whitespace().map(fold).collect(), *q));
                }
            }
        };
        phrases(d.pre, &mut self.pre);
        phrases(d.post, &mut self.post);
        self.year_words
            .extend(d.year_words.split_whitespace().map(Form::parse));
        self.links
            .extend(d.links.split_whitespace().map(str::to_string));
        self.halves.extend(
            d.halves
                .split('|')
                .map(|p| p.split_whitespace().map(fold).collect::<Vec<_>>())
                .filter(|p| !p.is_empty()),
        );
        for spec in d.counts.split_whitespace() {
            if let Some((form, value)) = spec.rsplit_once('=')
                && let Some(count) = Count::parse(value, form.ends_with('+'), form.ends_with('~'))
            {
                let form = fold(form.trim_end_matches(['+', '~']));
                self.count_bytes = self.count_bytes.max(form.len());
                match form.strip_prefix('@') {
                    Some(form) => self.qualified.insert(form.to_string(), count),
                    None => self.counts.insert(form, count),
                };
            }
        }
    }

    fn finish(mut self) -> Lex {
        // Longest phrase first, so "не менее" wins over "менее" and "no more than" over "more than".
        self.pre.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        self.post.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        self.halves.sort_by_key(|p| std::cmp::Reverse(p.len()));
        self
    }

    /// Whether a folded word ends a phrase of [`Lex::halves`] ("half", "половиной", "medio").
    pub(super) fn ends_half(&self, folded: &str) -> bool {
        self.halves
            .iter()
            .any(|p| p.last().is_some_and(|w| w == folded))
    }

    pub(super) fn decimal_mark(&self) -> char {
        if self.decimal_comma { ',' } else { '.' }
    }

    pub(super) fn mult(&self, folded: &str) -> Option<(f64, bool)> {
        self.mults
            .iter()
            .find(|(f, _)| f.matches(folded))
            .map(|(f, v)| (*v, f.abbrev))
    }

    /// The value of a number word ("three", "трёх", "thousands"), folded.
    pub(super) fn count(&self, folded: &str) -> Option<Count> {
        self.counts.get(folded).copied()
    }

    pub(super) fn year_word(&self, folded: &str) -> Option<bool> {
        self.year_words
            .iter()
            .find(|f| f.matches(folded))
            .map(|f| f.abbrev)
    }
}

struct Lexicons {
    langs: Vec<Lex>,
    union: Lex,
}

fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut union = Lex::empty();
        let mut langs = Vec::new();
        for d in LANGS {
            let mut lex = Lex::empty();
            lex.codes = d.codes;
            lex.add(d);
            lex.decimal_comma = d.decimal_comma;
            lex.space_groups = d.space_groups;
            lex.month_day = d.month_day;
            lex.post_skip_noun = d.post_skip_noun;
            langs.push(lex.finish());
            union.add(d);
        }
        // number words only where the language is known: "on", "due", "six" are other words
        // in other languages
        union.counts.clear();
        union.qualified.clear();
        Lexicons {
            langs,
            union: union.finish(),
        }
    })
}

pub(super) fn lexicon(lang: &str) -> &'static Lex {
    let all = lexicons();
    let code = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    all.langs
        .iter()
        .find(|l| l.codes.contains(&code.as_str()))
        .unwrap_or(&all.union)
}

/// Case folding for matching: lower case, Turkish dotted/dotless i to `i`, `ё` to `е`, Arabic
/// alef/yeh/kaf variants to one form, diacritics of Arabic script and joiners dropped.
pub(super) fn fold(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    fold_into(w, &mut out);
    out
}

/// [`fold`] into a buffer (cleared first), for the scanner's word-by-word loop.
pub(super) fn fold_into(w: &str, out: &mut String) {
    out.clear();
    for c in w.chars() {
        match c {
            '\u{0307}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{0640}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}' => {}
            'I' | 'ı' | 'İ' => out.push('i'),
            '’' | 'ʼ' | '‘' | '`' => out.push('\''),
            'ё' | 'Ё' => out.push('е'),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ي' | 'ى' => out.push('ی'),
            'ك' => out.push('ک'),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\0'..='\x7f' => out.push(c),
            // Cyrillic capitals (fast path; `to_lowercase` is a table search).
            'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            'Ѐ'..='Џ' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
            // Latin-1 and Latin Extended-A (é, ü, ş, ç, ğ, ő…).
            'À'..='Ö' | 'Ø'..='Þ' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            'ß'..='ÿ' => out.push(c),
            '\u{0100}'..='\u{012F}' | '\u{0132}'..='\u{0137}' | '\u{014A}'..='\u{0177}' => {
                out.push(char::from_u32(c as u32 | 1).unwrap_or(c))
            }
            '\u{0139}'..='\u{0148}' => out.push(if c as u32 % 2 == 1 {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            } else {
                c
            }),
            // Armenian capitals.
            'Ա'..='Ֆ' => out.push(char::from_u32(c as u32 + 0x30).unwrap_or(c)),
            // Already lower case: Cyrillic, Armenian, Arabic script, Georgian Mkhedruli.
            'а'..='я'
            | '\u{0561}'..='\u{0588}'
            | '\u{0600}'..='\u{06FF}'
            | '\u{10D0}'..='\u{10FF}' => out.push(c),
            _ => out.extend(c.to_lowercase().filter(|&l| l != '\u{0307}')),
        }
    }
}
