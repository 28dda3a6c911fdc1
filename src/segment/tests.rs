//! Unit tests of each rule (original sentences) and property tests of the span invariants.

use super::*;

fn sents<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    split(text, lang).iter().map(|s| s.slice(text)).collect()
}

#[track_caller]
fn check(lang: &str, text: &str, expected: &[&str]) {
    assert_eq!(sents(text, lang), expected, "lang {lang}, text {text:?}");
}

#[test]
fn plain_sentences_and_terminators() {
    check(
        "en",
        "The convoy left at dawn. It reached the border by noon.",
        &["The convoy left at dawn.", "It reached the border by noon."],
    );
    check(
        "en",
        "Where are they going? Nobody knows!",
        &["Where are they going?", "Nobody knows!"],
    );
    check(
        "en",
        "Really?! Yes!! Fine.",
        &["Really?!", "Yes!!", "Fine."],
    );
    check("en", "Nothing here", &["Nothing here"]);
    check("en", "   \n\n  ", &[]);
}

#[test]
fn titles_never_end_a_sentence() {
    check(
        "en",
        "Mr. Karimov met Gen. Lee and Sen. Ortiz on Friday.",
        &["Mr. Karimov met Gen. Lee and Sen. Ortiz on Friday."],
    );
    check(
        "en",
        "Talks were held at St. Mary's hall. They ended late.",
        &["Talks were held at St. Mary's hall.", "They ended late."],
    );
}

#[test]
fn months_before_numbers() {
    check(
        "en",
        "The corridor closed on Sept. 19 and reopened on Oct. 2. Traffic resumed.",
        &[
            "The corridor closed on Sept. 19 and reopened on Oct. 2.",
            "Traffic resumed.",
        ],
    );
}

#[test]
fn initialisms_need_a_strong_starter() {
    check(
        "en",
        "Aid from the U.S. Agency for Development arrived. It was late.",
        &[
            "Aid from the U.S. Agency for Development arrived.",
            "It was late.",
        ],
    );
    check(
        "en",
        "The plan was backed by the U.N. The vote was close.",
        &["The plan was backed by the U.N.", "The vote was close."],
    );
}

#[test]
fn etc_ends_a_sentence_before_a_capital() {
    check(
        "en",
        "They brought blankets, water, etc. Then they left.",
        &["They brought blankets, water, etc.", "Then they left."],
    );
    check(
        "en",
        "They brought blankets, water, etc. to the camp.",
        &["They brought blankets, water, etc. to the camp."],
    );
}

#[test]
fn post_positive_abbreviations_and_fronted_adverbials() {
    check(
        "en",
        "At 6 a.m. Mr. Reyes opened the gate.",
        &["At 6 a.m. Mr. Reyes opened the gate."],
    );
    check(
        "en",
        "The gate opened at 6 a.m. Mr. Reyes was there.",
        &["The gate opened at 6 a.m.", "Mr. Reyes was there."],
    );
    check(
        "en",
        "The firm is Delta Shipping Co. It was founded in 1990.",
        &["The firm is Delta Shipping Co.", "It was founded in 1990."],
    );
}

#[test]
fn units_only_after_numbers() {
    check(
        "en",
        "The wall is 6 ft. 2 in. tall.",
        &["The wall is 6 ft. 2 in. tall."],
    );
    check(
        "en",
        "The wall was 6 ft. Nobody could climb it.",
        &["The wall was 6 ft.", "Nobody could climb it."],
    );
    check(
        "en",
        "Please come in. Sit down.",
        &["Please come in.", "Sit down."],
    );
}

#[test]
fn initials_latin_and_cyrillic() {
    check(
        "en",
        "Secretary J. Blinken spoke to reporters. He was brief.",
        &["Secretary J. Blinken spoke to reporters.", "He was brief."],
    );
    check(
        "en",
        "A book by J. R. R. Tolkien lay open.",
        &["A book by J. R. R. Tolkien lay open."],
    );
    check(
        "ru",
        "В. В. Путин провёл совещание. Оно длилось час.",
        &["В. В. Путин провёл совещание.", "Оно длилось час."],
    );
    check(
        "az",
        "Prezident İ. Əliyev çıxış edib. Çıxış qısa olub.",
        &["Prezident İ. Əliyev çıxış edib.", "Çıxış qısa olub."],
    );
}

#[test]
fn pronoun_i_is_not_an_initial() {
    check(
        "en",
        "It was just you and I. Then the rain came.",
        &["It was just you and I.", "Then the rain came."],
    );
}

#[test]
fn numbers_are_not_boundaries() {
    check(
        "en",
        "Officials counted 78.354 people, or 78,354, in 3.5 days.",
        &["Officials counted 78.354 people, or 78,354, in 3.5 days."],
    );
    check(
        "ru",
        "Выделено 1,5 млн рублей. Деньги поступят позже.",
        &["Выделено 1,5 млн рублей.", "Деньги поступят позже."],
    );
    check(
        "es",
        "Ganó 2 a 1. 3 goles más fueron anulados.",
        &["Ganó 2 a 1.", "3 goles más fueron anulados."],
    );
}

#[test]
fn a_short_word_before_a_figure_ends_a_sentence_unless_capitalised() {
    check(
        "en",
        "The bus hit a van. 32 people were hurt.",
        &["The bus hit a van.", "32 people were hurt."],
    );
    // Persian sentences mostly end in a verb of three letters
    check(
        "fa",
        "اتوبوس به دره سقوط کرد. ۳۲ نفر زخمی شدند.",
        &["اتوبوس به دره سقوط کرد.", "۳۲ نفر زخمی شدند."],
    );
    // a capitalised short word the lists lack is still an abbreviation before a number
    check(
        "de",
        "Siehe Abb. 5 und Bl. 12 im Anhang.",
        &["Siehe Abb. 5 und Bl. 12 im Anhang."],
    );
}

#[test]
fn german_ordinals() {
    check(
        "de",
        "Am 19. September begann der Angriff. Am 3. Oktober war alles vorbei.",
        &[
            "Am 19. September begann der Angriff.",
            "Am 3. Oktober war alles vorbei.",
        ],
    );
    check(
        "de",
        "Es war im 20. Jahrhundert. Der Krieg war vorbei.",
        &["Es war im 20. Jahrhundert.", "Der Krieg war vorbei."],
    );
    check(
        "de",
        "Er kam z. B. mit dem Zug, bzw. mit dem Bus. Das dauerte.",
        &[
            "Er kam z. B. mit dem Zug, bzw. mit dem Bus.",
            "Das dauerte.",
        ],
    );
    // The same digits in English are a sentence end.
    check(
        "en",
        "The score was 3. Oktober is a German word.",
        &["The score was 3.", "Oktober is a German word."],
    );
}

#[test]
fn russian_abbreviations() {
    check(
        "ru",
        "Встреча прошла в г. Баку на ул. Низами, т.е. в центре. Все пришли.",
        &[
            "Встреча прошла в г. Баку на ул. Низами, т.е. в центре.",
            "Все пришли.",
        ],
    );
    check(
        "ru",
        "Привезли воду, хлеб и т.д. Потом начали раздачу.",
        &["Привезли воду, хлеб и т.д.", "Потом начали раздачу."],
    );
}

#[test]
fn azerbaijani_and_turkish_abbreviations() {
    check(
        "az",
        "Alma, armud və s. satılırdı. Qiymətlər yüksək idi.",
        &["Alma, armud və s. satılırdı.", "Qiymətlər yüksək idi."],
    );
    check(
        "az",
        "Bazarda alma, armud və s. Sonra hamı getdi.",
        &["Bazarda alma, armud və s.", "Sonra hamı getdi."],
    );
    check(
        "tr",
        "Toplantıya Doç. Dr. Ayşe Kaya katıldı. Elma, armut vb. dağıtıldı.",
        &[
            "Toplantıya Doç. Dr. Ayşe Kaya katıldı.",
            "Elma, armut vb. dağıtıldı.",
        ],
    );
    check(
        "tr",
        "2. Dünya Savaşı bitti. Herkes sevindi.",
        &["2. Dünya Savaşı bitti.", "Herkes sevindi."],
    );
}

#[test]
fn quotes_belong_to_their_sentence() {
    check(
        "en",
        "He said: “We left.” Then he cried.",
        &["He said: “We left.”", "Then he cried."],
    );
    check(
        "en",
        "She said \"we left.\" and walked on.",
        &["She said \"we left.\" and walked on."],
    );
    check(
        "ru",
        "Она спросила: «Где мама?». Никто не ответил.",
        &["Она спросила: «Где мама?».", "Никто не ответил."],
    );
    check(
        "de",
        "„Wir gehen.“ Dann gingen sie.",
        &["„Wir gehen.“", "Dann gingen sie."],
    );
    check(
        "fr",
        "Il a dit « nous partons. » Puis il est parti.",
        &["Il a dit « nous partons. »", "Puis il est parti."],
    );
}

#[test]
fn no_split_inside_a_closed_quotation() {
    check(
        "en",
        "“We lost everything. The house burned,” said Ani. Police came.",
        &[
            "“We lost everything. The house burned,” said Ani.",
            "Police came.",
        ],
    );
    check(
        "en",
        "'We lost everything. The house burned,' she said. Police came.",
        &[
            "'We lost everything. The house burned,' she said.",
            "Police came.",
        ],
    );
    // An unclosed quotation does not swallow the paragraph.
    check(
        "en",
        "He said “we left. Nobody stayed behind.",
        &["He said “we left.", "Nobody stayed behind."],
    );
}

#[test]
fn parentheses() {
    check(
        "en",
        "The town (pop. 5,000) was empty. Nobody stayed.",
        &["The town (pop. 5,000) was empty.", "Nobody stayed."],
    );
    check(
        "en",
        "It ended (they had no choice.) Then silence.",
        &["It ended (they had no choice.)", "Then silence."],
    );
}

#[test]
fn ellipsis() {
    check(
        "en",
        "We waited... Nobody came.",
        &["We waited...", "Nobody came."],
    );
    check(
        "en",
        "We waited... and waited.",
        &["We waited... and waited."],
    );
    check(
        "en",
        "We waited… Nobody came.",
        &["We waited…", "Nobody came."],
    );
    check(
        "en",
        "I thought . . . I was wrong.",
        &["I thought . . . I was wrong."],
    );
    check(
        "en",
        "The report [...] was leaked.",
        &["The report [...] was leaked."],
    );
}

#[test]
fn armenian_full_stops() {
    check(
        "hy",
        "Նա եկավ։ Մենք գնացինք։",
        &["Նա եկավ։", "Մենք գնացինք։"],
    );
    check(
        "hy",
        "Նա եկավ: Մենք գնացինք:",
        &["Նա եկավ:", "Մենք գնացինք:"],
    );
    // ":" before a lower-case word, or in other languages, is a colon.
    check("hy", "Ժամը 10:30 էր: հետո", &["Ժամը 10:30 էր: հետո"]);
    check("en", "He said: Stop.", &["He said: Stop."]);
    // ՞ and ՜ are inside words.
    check("hy", "Ի՞նչ ես անում: Ոչինչ:", &["Ի՞նչ ես անում:", "Ոչինչ:"]);
    // "." is the colon-like mijaket where ։ or ":" end sentences.
    check(
        "hy",
        "Նա ասաց. «Գնանք»: Մենք գնացինք:",
        &["Նա ասաց. «Գնանք»:", "Մենք գնացինք:"],
    );
}

#[test]
fn arabic_and_persian() {
    check(
        "ar",
        "متى تصل المساعدات؟ لا أحد يعرف.",
        &["متى تصل المساعدات؟", "لا أحد يعرف."],
    );
    check("ar", "وصل الوفد، ثم غادر.", &["وصل الوفد، ثم غادر."]);
    check(
        "ar",
        "قال د. سالم إن الوضع مستقر. وغادر.",
        &["قال د. سالم إن الوضع مستقر.", "وغادر."],
    );
    check(
        "fa",
        "شما کجا هستید؟ من از تهران هستم.",
        &["شما کجا هستید؟", "من از تهران هستم."],
    );
}

#[test]
fn georgian_has_no_case() {
    check(
        "ka",
        "მთავრობამ გეგმა დაამტკიცა. იგი ხუთ წელს მოიცავს.",
        &["მთავრობამ გეგმა დაამტკიცა.", "იგი ხუთ წელს მოიცავს."],
    );
    check(
        "ka",
        "ქ. თბილისში პარკი გაიხსნა.",
        &["ქ. თბილისში პარკი გაიხსნა."],
    );
}

#[test]
fn cjk() {
    check(
        "zh",
        "我们走了。他们留下了！",
        &["我们走了。", "他们留下了！"],
    );
}

#[test]
fn paragraphs_and_hard_wraps() {
    let text = "Ceasefire announced\n\nThe ministry said the operation\nwas over. Talks begin\ntomorrow.\n\n";
    check(
        "en",
        text,
        &[
            "Ceasefire announced",
            "The ministry said the operation\nwas over.",
            "Talks begin\ntomorrow.",
        ],
    );
    // A whitespace-only line is a paragraph break too.
    check(
        "en",
        "First part\n \t\nSecond part",
        &["First part", "Second part"],
    );
    check("en", "Line one\r\n\r\nLine two", &["Line one", "Line two"]);
}

#[test]
fn line_oriented_text() {
    check(
        "en",
        "Here are the demands:\n* open the road\n* free the prisoners",
        &[
            "Here are the demands:",
            "* open the road",
            "* free the prisoners",
        ],
    );
    check(
        "en",
        "Agenda:\n1. Aid.\n2. Borders.",
        &["Agenda:", "1. Aid.", "2. Borders."],
    );
    // A short line ending in ":" was broken on purpose: the next word would have fitted.
    check(
        "es",
        "Señores:\nEMBAJADA DEL REINO UNIDO",
        &["Señores:", "EMBAJADA DEL REINO UNIDO"],
    );
    check(
        "en",
        "Report\n__________\nThe text follows.",
        &["Report", "__________", "The text follows."],
    );
}

#[test]
fn inline_lists() {
    check(
        "en",
        "1) open the road 2) free the prisoners",
        &["1) open the road", "2) free the prisoners"],
    );
    check(
        "en",
        "a. roads b. bridges c. power lines",
        &["a. roads", "b. bridges", "c. power lines"],
    );
    check(
        "en",
        "• 1. Go now. • 2. Stay safe.",
        &["• 1. Go now.", "• 2. Stay safe."],
    );
    // A number inside a sentence is no list.
    check(
        "en",
        "They asked for 1) water and 2) food.",
        &["They asked for 1) water and 2) food."],
    );
}

#[test]
fn datelines_join_the_first_sentence() {
    check(
        "en",
        "BAKU, Sept. 20. Azerbaijan said the operation was over. Talks followed.",
        &[
            "BAKU, Sept. 20. Azerbaijan said the operation was over.",
            "Talks followed.",
        ],
    );
    check(
        "ru",
        "МОСКВА, 20 сентября. МИД сделал заявление. Оно короткое.",
        &[
            "МОСКВА, 20 сентября. МИД сделал заявление.",
            "Оно короткое.",
        ],
    );
    check(
        "hy",
        "ՄՈՍԿՎԱ, նոյեմբերի 10։ Զորքերը մտան քաղաք։ Խոսակցությունները շարունակվեցին։",
        &[
            "ՄՈՍԿՎԱ, նոյեմբերի 10։ Զորքերը մտան քաղաք։",
            "Խոսակցությունները շարունակվեցին։",
        ],
    );
    // Only at the start of a paragraph.
    check(
        "en",
        "It was over. BAKU, Sept. 20. More news.",
        &["It was over.", "BAKU, Sept. 20.", "More news."],
    );
}

#[test]
fn urls_and_emails() {
    check(
        "en",
        "Write to press@example.org. The site is https://example.org/a.html. Thanks.",
        &[
            "Write to press@example.org.",
            "The site is https://example.org/a.html.",
            "Thanks.",
        ],
    );
}

#[test]
fn citations_and_no_space_boundaries() {
    check(
        "en",
        "The town was shelled.[3] Many fled.",
        &["The town was shelled.[3]", "Many fled."],
    );
    check(
        "en",
        "It was over.Talks began.",
        &["It was over.", "Talks began."],
    );
}

#[test]
fn unknown_language_gets_generic_rules() {
    check(
        "xx",
        "Dr. Vega came. She left.",
        &["Dr. Vega came.", "She left."],
    );
    check("", "One. Two.", &["One.", "Two."]);
}

#[test]
fn fold_whitespace_folds_and_trims() {
    assert_eq!(fold_whitespace("  a\n b\t\tc  "), "a b c");
    assert_eq!(fold_whitespace("\n\n"), "");
    assert_eq!(fold_whitespace("x"), "x");
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// Check every invariant of the span list for `text`.
    fn invariants(text: &str, lang: &str) -> Result<(), TestCaseError> {
        let spans = split(text, lang);
        let mut prev_end = 0;
        for sp in &spans {
            prop_assert!(sp.start < sp.end, "empty span {sp:?}");
            prop_assert!(sp.start >= prev_end, "overlap or disorder at {sp:?}");
            prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
            let s = sp.slice(text);
            prop_assert!(!s.starts_with(char::is_whitespace) && !s.ends_with(char::is_whitespace));
            prop_assert!(
                text[prev_end..sp.start].chars().all(char::is_whitespace),
                "non-space gap"
            );
            // No sentence crosses a paragraph break (a blank line).
            let parts: Vec<&str> = s.split('\n').collect();
            if parts.len() > 2 {
                for line in &parts[1..parts.len() - 1] {
                    prop_assert!(!line.trim().is_empty(), "blank line inside {:?}", s);
                }
            }
            prev_end = sp.end;
        }
        prop_assert!(text[prev_end..].chars().all(char::is_whitespace));
        // Trimmed sentences reassemble the input modulo white space.
        let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let joined: String = spans.iter().map(|sp| sp.slice(text)).collect();
        prop_assert_eq!(strip(&joined), strip(text));
        Ok(())
    }

    const LANGS: &[&str] = &[
        "en", "ru", "uk", "az", "tr", "hy", "ka", "ar", "de", "fr", "es", "it", "el", "xx",
    ];

    fn news_piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "The",
            "convoy",
            "left",
            "Mr.",
            "Dr.",
            "J.",
            "U.S.",
            "Sept.",
            "19.",
            "3.5",
            "78,354",
            "etc.",
            "a.m.",
            "said:",
            "“We",
            "left.”",
            "«Мы",
            "ушли».",
            "„Wir",
            "gehen.“",
            "(see",
            "p.",
            "5).",
            "...",
            "…",
            "?!",
            "!",
            "?",
            ".",
            "։",
            ":",
            "؟",
            "،",
            "Ի՞նչ",
            "და",
            "ქ.",
            "İ.",
            "və s.",
            "vb.",
            "г.",
            "т.е.",
            "В.",
            "1.",
            "2)",
            "•",
            "*",
            "-",
            "\n",
            "\n\n",
            " \n \n",
            "\r\n",
            "BAKU,",
            "https://x.org/a.html.",
            "a@b.c.",
            "'",
            "''",
            "\"",
            "[1]",
            "[...]",
            "。",
            "z. B.",
            "EE. UU.",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_unicode(text in "\\PC*", lang in prop::sample::select(LANGS)) {
            invariants(&text, lang)?;
        }

        #[test]
        fn arbitrary_chars_with_controls(text in any::<String>(), lang in prop::sample::select(LANGS)) {
            invariants(&text, lang)?;
        }

        #[test]
        fn news_like(pieces in prop::collection::vec((news_piece(), prop::sample::select(vec![" ", "", "  ", "\n", "\u{a0}"])), 0..40),
                     lang in prop::sample::select(LANGS)) {
            let mut text = String::new();
            for (p, sep) in pieces {
                text.push_str(p);
                text.push_str(sep);
            }
            invariants(&text, lang)?;
        }
    }
}

#[test]
fn a_russian_year_abbreviation_ends_a_sentence_before_a_capitalised_word() {
    check(
        "ru",
        "Район передадут до 1 декабря 2020 г. Позднее срок перенесли. Это было в 1898 г. В 1854 году дом продали.",
        &[
            "Район передадут до 1 декабря 2020 г.",
            "Позднее срок перенесли.",
            "Это было в 1898 г. В 1854 году дом продали.",
        ],
    );
    check(
        "ru",
        "Он посетил г. Волгоград в 2010 г. и уехал.",
        &["Он посетил г. Волгоград в 2010 г. и уехал."],
    );
}
