//! Throughput of `anchors::find` over about 200 KB of news-like text in 14 languages, next to the
//! cheapest possible pass over the same bytes (counting ASCII digits) as an in-run baseline, so
//! the result reads as a ratio: "find costs N× a plain byte scan".
//!
//! The sentences are original illustrations written for this benchmark (fictional events and
//! figures), repeated with varying numbers until each language has about 14 KB.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::anchors::find;

/// Per language: sentence templates; `{n}`, `{d}` and `{k}` are replaced by a varying number, day
/// of month and thousands figure.
const SENTENCES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "On {d} September the ferry service between the two ports resumed after a pause of {n} days, officials said.",
            "More than {k},000 passengers crossed the bridge on Sept. {d}, according to the operator.",
            "The council approved a budget of 1.5 million dollars for repairs, about {n} per cent more than last year.",
            "Residents said the storm damaged at least {n} homes and left nearly {k},500 people without power.",
            "The museum, which reopened in 2019, expects up to {k},000 visitors before the end of the season.",
            "At 13:00 a spokesperson for the port authority declined to comment on the A320 delay.",
            "Schools in the valley will stay closed until October {d}, the regional office announced on Monday.",
        ],
    ),
    (
        "ru",
        &[
            "{d} сентября паромное сообщение между портами возобновилось после перерыва в {n} дней.",
            "По данным оператора, более {k} тысяч пассажиров пересекли мост в тот день.",
            "Совет утвердил бюджет в 1,5 млн рублей на ремонт, что примерно на {n}% больше, чем в прошлом году.",
            "Жители рассказали, что буря повредила не менее {n} домов, около {k} тыс. человек остались без света.",
            "Музей, открытый в 2019 году, ожидает до {k} 000 посетителей до конца сезона.",
        ],
    ),
    (
        "uk",
        &[
            "{d} вересня поромне сполучення відновилося після перерви у {n} днів.",
            "За даними оператора, понад {k} тисяч пасажирів перетнули міст того дня.",
            "Мешканці розповіли, що буря пошкодила щонайменше {n} будинків.",
        ],
    ),
    (
        "az",
        &[
            "Sentyabrın {d}-də iki liman arasında bərə xətti {n} günlük fasilədən sonra bərpa olundu.",
            "Operatorun məlumatına görə, həmin gün {k} mindən çox sərnişin körpüdən keçib.",
            "Şura təmir üçün 1,5 milyon manat ayırıb, bu, ötən illə müqayisədə təxminən {n} faiz çoxdur.",
            "Sakinlərin sözlərinə görə, fırtına ən azı {n} evə ziyan vurub, {k} minə yaxın insan işıqsız qalıb.",
            "19 sentyabr 2023-cü il tarixində muzey yenidən açıldı.",
        ],
    ),
    (
        "tr",
        &[
            "{d} Eylül'de iki liman arasındaki feribot seferleri {n} günlük aranın ardından yeniden başladı.",
            "İşletmeciye göre o gün {k} binden fazla yolcu köprüden geçti.",
            "Meclis onarım için 1,5 milyon lira ayırdı; bu geçen yıla göre yaklaşık %{n} daha fazla.",
            "Sakinler fırtınanın en az {n} eve zarar verdiğini, {k} bine yakın kişinin elektriksiz kaldığını söyledi.",
        ],
    ),
    (
        "hy",
        &[
            "Սեպտեմբերի {d}-ին երկու նավահանգիստների միջև լաստանավային հաղորդակցությունը վերականգնվեց {n} օր ընդմիջումից հետո։",
            "Օպերատորի տվյալներով՝ այդ օրը կամուրջով անցել է ավելի քան {k} հազար ուղևոր։",
            "2023 թվականի սեպտեմբերի {d}-ին թանգարանը կրկին բացվեց, սպասվում է մոտ {k} հազար այցելու։",
        ],
    ),
    (
        "ka",
        &[
            "{d} სექტემბერს ორ პორტს შორის ბორნის მიმოსვლა {n} დღიანი შესვენების შემდეგ აღდგა.",
            "ოპერატორის ცნობით, იმ დღეს ხიდზე {k} ათასზე მეტმა მგზავრმა გაიარა.",
        ],
    ),
    (
        "es",
        &[
            "El {d} de septiembre se reanudó el servicio de transbordadores tras una pausa de {n} días.",
            "Según el operador, más de {k}.000 pasajeros cruzaron el puente ese día.",
            "El consejo aprobó un presupuesto de 1,5 millones de euros, unos {n} puntos más que el año pasado.",
            "Los vecinos dijeron que la tormenta dañó al menos {n} viviendas y dejó a casi {k}.500 personas sin luz.",
        ],
    ),
    (
        "fr",
        &[
            "Le {d} septembre, la liaison par ferry entre les deux ports a repris après {n} jours d'interruption.",
            "Selon l'exploitant, plus de {k} 000 passagers ont traversé le pont ce jour-là.",
            "Le conseil a voté un budget de 1,5 million d'euros, environ {n} % de plus que l'an dernier.",
        ],
    ),
    (
        "de",
        &[
            "Am {d}. September wurde der Fährverkehr zwischen den beiden Häfen nach {n} Tagen Pause wieder aufgenommen.",
            "Nach Angaben des Betreibers überquerten mehr als {k}.000 Fahrgäste an diesem Tag die Brücke.",
            "Der Rat bewilligte 1,5 Mio. Euro für Reparaturen, rund {n} Prozent mehr als im Vorjahr.",
        ],
    ),
    (
        "it",
        &[
            "Il {d} settembre il servizio di traghetti tra i due porti è ripreso dopo {n} giorni di pausa.",
            "Secondo l'operatore, più di {k}.000 passeggeri hanno attraversato il ponte quel giorno.",
        ],
    ),
    (
        "pt",
        &[
            "Em {d} de setembro, o serviço de balsas entre os dois portos foi retomado após {n} dias de pausa.",
            "Segundo o operador, mais de {k} mil passageiros atravessaram a ponte naquele dia.",
        ],
    ),
    (
        "ar",
        &[
            "في {d} أيلول/سبتمبر استؤنفت رحلات العبّارات بين الميناءين بعد توقف دام {n} يوماً.",
            "وبحسب المشغّل، عبر الجسر أكثر من {k} ألف مسافر في ذلك اليوم.",
        ],
    ),
    (
        "fa",
        &[
            "در ۱۹ سپتامبر خدمات کشتی میان دو بندر پس از {n} روز وقفه از سر گرفته شد.",
            "به گفته بهره‌بردار، بیش از {k} هزار مسافر در آن روز از پل عبور کردند.",
        ],
    ),
];

/// About 200 KB of text as (language, article) pairs.
fn corpus() -> Vec<(&'static str, String)> {
    const PER_LANGUAGE: usize = 14_500;
    let mut out = Vec::new();
    for (lang, sentences) in SENTENCES {
        let mut article = String::new();
        let mut i = 0usize;
        while article.len() < PER_LANGUAGE {
            let s = sentences[i % sentences.len()]
                .replace("{n}", &(3 + i * 7 % 97).to_string())
                .replace("{d}", &(1 + i % 28).to_string())
                .replace("{k}", &(10 + i * 13 % 180).to_string());
            article.push_str(&s);
            article.push(if i % 4 == 3 { '\n' } else { ' ' });
            i += 1;
        }
        out.push((*lang, article));
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("anchors");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("baseline_count_ascii_digits", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| {
                    black_box(t.as_str())
                        .bytes()
                        .filter(u8::is_ascii_digit)
                        .count()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("find", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(lang, t)| {
                    let (d, n) = find(black_box(t), lang, Some(2023));
                    d.len() + n.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
