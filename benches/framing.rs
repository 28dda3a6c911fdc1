//! Cue finding speed: `Lexicon::find` over ~200 KB of sentences (original text, several
//! languages), next to `str::to_lowercase` over the same input as an in-run baseline, so the
//! figure reads as a ratio (find time / lowercase time).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::framing::Lexicon;

/// Original sentences written for this benchmark, one set per language.
const SENTENCES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "Thousands of families fled the valley overnight after the so-called anti-terrorist measures began.",
            "Officials claimed that the separatist forces had laid down their arms, but residents said shelling continued.",
            "At least twelve civilians were killed near the bridge, according to local health officials.",
            "The ministry insisted that nobody was forced out and that people left voluntarily.",
            "Reporters could not independently verify the figures, which appear to have risen sharply.",
            "A convoy of buses carrying evacuees crossed into Armenia late on Sunday evening.",
        ],
    ),
    (
        "ru",
        &[
            "Тысячи беженцев покинули регион после начала так называемой «антитеррористической операции».",
            "По данным местных властей, при обстреле погибли девять мирных жителей.",
            "Министерство утверждает, что незаконные вооружённые формирования сложили оружие.",
            "Массовый выезд продолжался всю ночь, дороги были забиты машинами.",
        ],
    ),
    (
        "az",
        &[
            "Qanunsuz erməni silahlı birləşmələri tərksilah edildikdən sonra sakinlərin bir hissəsi könüllü olaraq köçüb.",
            "Nazirliyin məlumatına görə, antiterror tədbirləri bir gün davam edib.",
        ],
    ),
    (
        "tr",
        &[
            "Sözde rejimin dağılmasının ardından binlerce kişi bölgeyi terk etti.",
            "Bakanlık, yasa dışı silahlı grupların silah bıraktığını açıkladı.",
        ],
    ),
    (
        "hy",
        &[
            "Հազարավոր մարդիկ բռնի տեղահանվեցին իրենց տներից, հայտնում է կառավարությունը։",
            "Բաքուն այդ գործողությունն անվանեց «հակաահաբեկչական միջոցառումներ»։",
        ],
    ),
    (
        "es",
        &[
            "Miles de personas huyeron de la región tras la llamada «operación antiterrorista».",
            "Según el Gobierno, los desplazados llegaron a la frontera en autobuses.",
        ],
    ),
    (
        "fr",
        &[
            "Des milliers d'habitants ont fui la région après la reddition des forces séparatistes.",
            "Selon les autorités, les réfugiés ont quitté l'enclave en quelques jours.",
        ],
    ),
    (
        "de",
        &[
            "Tausende Menschen sind geflohen, nachdem die sogenannten Antiterrormaßnahmen begonnen hatten.",
            "Nach Angaben der Regierung wurden dabei mehrere Zivilisten getötet.",
        ],
    ),
];

/// About `bytes` of (language, sentence) pairs, cycling through the sets.
fn corpus(bytes: usize) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0usize;
    while total < bytes {
        for (lang, sentences) in SENTENCES {
            for s in *sentences {
                // Vary the text a little so no two sentences are identical.
                let text = format!("{s} ({n})");
                total += text.len();
                n += 1;
                out.push((*lang, text));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let lex = Lexicon::embedded().expect("embedded lexicons");
    let input = corpus(200_000);
    let bytes: usize = input.iter().map(|(_, s)| s.len()).sum();
    let mut g = c.benchmark_group("framing");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("baseline_to_lowercase", |b| {
        b.iter(|| {
            let mut n = 0;
            for (_, s) in &input {
                n += black_box(s.to_lowercase()).len();
            }
            n
        })
    });
    g.bench_function("lexicon_find", |b| {
        b.iter(|| {
            let mut n = 0;
            for (lang, s) in &input {
                n += black_box(lex.find(s, lang)).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
