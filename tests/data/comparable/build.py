#!/usr/bin/env python3
"""Source of the comparable-news gold set: writes each story's articles and gold.json.

Every article is written here sentence by sentence, each sentence with the facts it reports
and the framing cues an annotator expects in it. Running this script writes
STORY/OUTLET.txt (sample header format) and STORY/gold.json:

    {"facts": [{"id", "label", "members": {FILE: [sentence indices]}}],
     "cues":  [{"file", "sentence", "category", "value", "surface"}]}

Sentence indices count the headline as 0, as `parallax compare` segments the article.
`--check BINARY` runs `BINARY compare STORY/*.txt --format json` and fails unless parallax
segments every article into exactly the sentences written here (so the gold never encodes a
segmentation bug). The stories are fictional except karabakh-exodus-2023, tavush-villages-2024,
washington-summit-2025, peacekeepers-withdrawal-2024, azal-crash-2024, karapetyan-arrest-2025,
tbilisi-protests-2024, baku-cop29-2024 and yekaterinburg-raid-2025; see README.md.

Usage: tests/data/comparable/build.py [--check target/release/parallax]
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Cue shorthands: (category, value, surface).
def att(s):
    return ("attribution", "neutral", s)


def doubt(s):
    return ("attribution", "doubt", s)


def mv(value, s):
    return ("movement", value, s)


def label(s):
    return ("armed-label", "delegitimising", s)


# ---------------------------------------------------------------------------------------------
# Story (a): the rebuilt Bagratashen–Sadakhlo crossing between Armenia and Georgia reopens.
# ---------------------------------------------------------------------------------------------
FACTS_A = {
    "a1": "The Bagratashen–Sadakhlo crossing between Armenia and Georgia reopened on Thursday 14 May",
    "a2": "Ceremony: Armenian deputy minister Tigran Melikyan and Georgian economy minister Nino Beridze opened it",
    "a3": "Reconstruction took 18 months (ru: almost two years)",
    "a4": "Works cost 48 million euros (ru: 52 million; tr: about 50 million)",
    "a5": "Most of the money came from the EU (30 million euros grant), rest an EIB loan",
    "a6": "Capacity up to 1,500 trucks a day, from about 600 (tr: 1,200)",
    "a7": "Checks on a truck now take 40 minutes instead of three hours",
    "a8": "The terminal has 24 lanes, 8 of them for trucks",
    "a9": "A new bridge over the Debed river replaces a 1962 one",
    "a10": "During the works traffic went via Gogavan–Guguti, queues up to 10 km (en2: 15 km)",
    "a11": "Georgia is Armenia's main land route; borders with Turkey and Azerbaijan are closed",
    "a12": "Most trucks continue to Russia through the Upper Lars crossing",
    "a13": "Critics alleged the contract was overpriced; the ministry denied it",
    "a14": "The Gogavan crossing is to be modernised next, from 2027",
    "a15": "The first vehicle through was a lorry of Jermuk mineral water bound for Tbilisi",
}

ARTICLES_A = {
    "en-northgate-courier.txt": {
        "header": " date 2026-05-14 (Northgate Courier)",
        "paragraphs": [
            [("Armenia and Georgia reopen rebuilt Sadakhlo border crossing", ["a1"], [])],
            [
                ("The Bagratashen–Sadakhlo border crossing between Armenia and Georgia reopened on Thursday after 18 months of reconstruction, officials on both sides said.", ["a1", "a3"], [att("said")]),
                ("Armenian Deputy Minister of Territorial Administration Tigran Melikyan and Georgian Economy Minister Nino Beridze cut the ribbon at a ceremony on the bridge.", ["a2"], []),
            ],
            [
                ("The rebuilt crossing can handle up to 1,500 trucks a day.", ["a6"], []),
                ("Before the works began, it cleared about 600.", ["a6"], []),
                ("Customs officers said checks on a loaded truck should now take about 40 minutes instead of three hours.", ["a7"], [att("said")]),
            ],
            [
                ("The project cost 48 million euros, according to the Armenian government.", ["a4"], [att("according to")]),
                ("An EU grant covered 30 million euros, and the rest came from a loan by the European Investment Bank.", ["a5"], []),
            ],
            [
                ("A new two-lane bridge over the Debed river replaces a Soviet-era span built in 1962.", ["a9"], []),
                ("During the works, traffic was diverted to the smaller Gogavan–Guguti crossing, where lorries queued for up to 10 km.", ["a10"], []),
                ("The ceremony was held under light rain and lasted less than an hour.", [], []),
            ],
            [
                ("Georgia is Armenia's main land link to the outside world, as its borders with Turkey and Azerbaijan remain closed.", ["a11"], []),
                ("Bagratashen is a village of about 3,000 people on the left bank of the Debed.", [], []),
            ],
            [
                ("The first vehicle to cross on Thursday was a lorry carrying mineral water from Jermuk to Tbilisi.", ["a15"], []),
                ("Officials said the Gogavan crossing would be modernised next, with work due to start in 2027.", ["a14"], [att("said")]),
                ("A Georgian folk ensemble performed after the speeches.", [], []),
            ],
        ],
    },
    "en-highland-observer.txt": {
        "header": " date 2026-05-15 (Highland Observer)",
        "paragraphs": [
            [("Lifeline restored for Armenia under blockade as Sadakhlo crossing reopens", ["a1", "a11"], [("loaded", "hy-frame", "blockade")])],
            [
                ("For three decades Armenia has lived under a blockade imposed by Turkey and Azerbaijan, and its road to Georgia is undoubtedly its lifeline.", ["a11"], [("loaded", "hy-frame", "blockade"), ("booster", "booster", "undoubtedly")]),
                ("That road became wider on Thursday, when the rebuilt Bagratashen–Sadakhlo crossing opened to traffic.", ["a1"], []),
            ],
            [
                ("Officials claimed that trucks would now clear customs in 40 minutes, though drivers waiting on the Georgian side said the first checks took well over an hour.", ["a7"], [doubt("claimed"), att("said")]),
                ("The terminal can process 1,500 trucks a day, officials say, two and a half times the old figure.", ["a6"], [att("say")]),
            ],
            [
                ("Tigran Melikyan, Armenia's deputy minister of territorial administration, opened the crossing together with Georgia's economy minister, Nino Beridze.", ["a2"], []),
                ("“This is a door that no one can close,” Mr Melikyan told the crowd.", [], [att("told")]),
            ],
            [
                ("The reconstruction took a year and a half and cost 48 million euros, most of it paid by the European Union.", ["a3", "a4", "a5"], []),
                ("Critics in Yerevan alleged that the contractor had inflated prices, which the ministry denied.", ["a13"], [doubt("alleged"), att("denied")]),
            ],
            [
                ("During the works, drivers endured queues of up to 15 km at the Gogavan crossing, sometimes for two days.", ["a10"], []),
                ("Most of those trucks were bound for Russia through the Upper Lars pass, the only road north.", ["a12"], []),
                ("Armenian truckers have long complained that the road through Tavush is narrow and poorly lit.", [], []),
            ],
            [
                ("Work on the Gogavan crossing is expected to begin in 2027.", ["a14"], []),
                ("The Highland Observer could not reach the Turkish foreign ministry for comment.", [], []),
            ],
        ],
    },
    "ru-vestnik-perevala.txt": {
        "header": " date 2026-05-14 (Вестник перевала)",
        "paragraphs": [
            [("На армяно-грузинской границе после реконструкции открылся КПП «Садахло»", ["a1"], [])],
            [
                ("Пункт пропуска Баграташен — Садахло на границе Армении и Грузии в четверг вновь открылся после реконструкции, которая продолжалась почти два года.", ["a1", "a3"], []),
                ("По данным армянской стороны, стоимость работ составила 52 млн евро.", ["a4"], [att("По данным")]),
                ("Основную часть средств выделил Евросоюз, который продвигает так называемый «Средний коридор» в обход России.", ["a5"], [("scare-quote", "marker", "так называемый")]),
            ],
            [
                ("В церемонии открытия участвовали заместитель министра территориального управления Армении Тигран Меликян и министр экономики Грузии Нино Беридзе.", ["a2"], []),
                ("Новый терминал рассчитан на 1500 грузовиков в сутки.", ["a6"], []),
                ("На переходе оборудованы 24 полосы: 16 для легковых машин и 8 для грузовиков.", ["a8"], []),
            ],
            [
                ("Абсолютное большинство армянских фур идёт дальше на север, к КПП «Верхний Ларс» на границе с Россией.", ["a12"], []),
                ("Россия остаётся крупнейшим торговым партнёром Армении, напоминают эксперты.", [], [att("напоминают")]),
            ],
            [
                ("Во время ремонта транспорт направляли через КПП Гогаван — Гугути, где, как сообщается, очереди растягивались на 10 км.", ["a10"], [("hedge", "hearsay", "как сообщается")]),
                ("Грузинские пограничники утверждают, что теперь проверка грузовика займёт не более 40 минут.", ["a7"], [doubt("утверждают")]),
            ],
            [
                ("Первым границу пересёк грузовик с минеральной водой «Джермук», направлявшийся в Тбилиси.", ["a15"], []),
                ("Армения по-прежнему зависит от грузинского транзита: её границы с Турцией и Азербайджаном закрыты.", ["a11"], []),
                ("В Садахло в день открытия было непривычно тихо: местные торговцы закрыли рынок.", [], []),
            ],
        ],
    },
    "es-heraldo-de-poniente.txt": {
        "header": " date 2026-05-15 (Heraldo de Poniente)",
        "paragraphs": [
            [("Armenia y Georgia reabren el paso fronterizo de Sadakhlo con fondos europeos", ["a1", "a5"], [])],
            [
                ("La Unión Europea aportó 30 millones de euros de los 48 millones que costó la obra, según el Gobierno armenio.", ["a4", "a5"], [att("según")]),
                ("El puesto de Bagratashen-Sadakhlo, en la frontera entre Armenia y Georgia, volvió a abrirse el jueves tras 18 meses de obras.", ["a1", "a3"], []),
            ],
            [
                ("El nuevo puente sobre el río Debed sustituye a otro de 1962 que, al parecer, ya no soportaba camiones pesados.", ["a9"], [("hedge", "hearsay", "al parecer")]),
                ("La terminal tiene 24 carriles.", ["a8"], []),
                ("Ocho de ellos están reservados a camiones.", ["a8"], []),
            ],
            [
                ("Según los funcionarios, el control de un camión durará unos 40 minutos, frente a las tres horas de antes.", ["a7"], [att("Según")]),
                ("La capacidad sube a 1.500 camiones diarios.", ["a6"], []),
                ("Los comerciantes de la zona esperan que el tráfico reactive los mercados locales.", [], []),
            ],
            [
                ("Armenia depende de Georgia para casi todo su comercio por carretera, ya que sus fronteras con Turquía y Azerbaiyán están cerradas.", ["a11"], []),
                ("La oposición armenia denunció supuestos sobrecostes, algo que el ministerio negó.", ["a13"], [att("denunció"), ("scare-quote", "marker", "supuestos"), att("negó")]),
            ],
            [
                ("En la ceremonia participaron el viceministro armenio Tigran Melikián y la ministra georgiana de Economía, Nino Beridze.", ["a2"], []),
                ("Bruselas financia otros cinco proyectos de transporte en el Cáucaso Sur.", [], []),
            ],
        ],
    },
    "tr-kuzey-ufuk.txt": {
        "header": " date 2026-05-14 (Kuzey Ufuk Gazetesi)",
        "paragraphs": [
            [("Ermenistan ile Gürcistan arasındaki Sadakhlo sınır kapısı yeniden açıldı", ["a1"], [])],
            [
                ("Ermenistan ile Gürcistan arasındaki Bagratashen-Sadakhlo sınır kapısı, yenileme çalışmalarının ardından perşembe günü törenle yeniden açıldı.", ["a1"], []),
                ("Törene Ermenistan Bölgesel Yönetim Bakan Yardımcısı Tigran Melikyan ile Gürcistan Ekonomi Bakanı Nino Beridze katıldı.", ["a2"], []),
            ],
            [
                ("Yetkililerin açıklamasına göre, yeni kapıdan günde 1.200 tır geçebilecek.", ["a6"], [att("açıklamasına göre")]),
                ("Proje yaklaşık 50 milyon avroya mal oldu.", ["a4"], []),
            ],
            [
                ("Ermenistan'ın Türkiye ve Azerbaycan ile sınırları kapalı olduğu için ülkenin kara ticareti büyük ölçüde Gürcistan üzerinden yapılıyor.", ["a11"], []),
                ("Erivan ise bu durumu “abluka” olarak nitelendiriyor.", ["a11"], [("loaded", "hy-frame", "abluka"), ("scare-quote", "distancing", "“abluka”")]),
                ("Türkiye ile Ermenistan arasındaki normalleşme görüşmeleri ise bir yıldır durmuş durumda.", [], []),
            ],
            [
                ("Kamyonların gümrük işlemlerinin artık üç saat yerine 40 dakika süreceği belirtildi.", ["a7"], [att("belirtildi")]),
                ("Çalışmalar sürerken araçlar Gogavan-Guguti kapısına yönlendirildi ve kuyruklar 10 kilometreyi buldu.", ["a10"], []),
            ],
            [
                ("Kuzeye devam eden tırların çoğu Rusya'ya Yukarı Lars kapısından geçiyor.", ["a12"], []),
                ("Debed nehri üzerindeki eski köprünün yerine yeni bir köprü inşa edildi.", ["a9"], []),
                ("Kars ile Gümrü arasındaki demiryolu hattı ise 1993'ten beri kapalı.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (b): the Kura floods villages in the Agdash and Yevlakh districts of Azerbaijan.
# ---------------------------------------------------------------------------------------------
FACTS_B = {
    "b1": "The Kura burst its banks on Monday after heavy rain, flooding villages in Agdash and Yevlakh districts",
    "b2": "About 4,200 people were evacuated (ru: about 5,000; de: more than 6,000)",
    "b3": "Three people died, among them a nine-year-old boy (es, de: four)",
    "b4": "The emergencies ministry deployed 650 rescuers, boats and nine helicopters",
    "b5": "The Kura stood 2.4 metres above normal at Yevlakh",
    "b6": "About 12,000 hectares of farmland flooded (es: 15,000)",
    "b7": "A 60-metre breach opened in an embankment near Yenikend",
    "b8": "130 mm of rain fell in two days, the most in 50 years",
    "b9": "Evacuees are housed in tents and schools in Agdash",
    "b10": "The Yevlakh–Barda road is closed; trains delayed",
    "b11": "The government allocated 15 million manats for relief (az: 20 million)",
    "b12": "Critics say the embankments were neglected for years; officials reject this",
    "b13": "Rain is expected to ease by Thursday",
    "b14": "Turkey sent 40 rescuers and 200 tents",
    "b15": "Outflow from the Mingachevir reservoir was reduced",
}

ARTICLES_B = {
    "en-steppe-telegraph.txt": {
        "header": " date 2026-04-21 (Steppe Telegraph)",
        "paragraphs": [
            [("Thousands evacuated as Kura floods villages in central Azerbaijan", ["b1", "b2"], [mv("evacuation", "evacuated")])],
            [
                ("The Kura river burst its banks on Monday after two days of heavy rain, flooding villages in the Agdash and Yevlakh districts.", ["b1"], []),
                ("About 4,200 people have been evacuated, the Ministry of Emergency Situations said.", ["b2"], [mv("evacuation", "evacuated"), att("said")]),
            ],
            [
                ("Three people died, among them a nine-year-old boy who was swept away near Yevlakh.", ["b3"], []),
                ("The water at the Yevlakh gauging station stood 2.4 metres above normal on Tuesday morning.", ["b5"], []),
                ("The Kura is the longest river in the South Caucasus.", [], []),
            ],
            [
                ("A 60-metre breach opened in an embankment near the village of Yenikend, officials said.", ["b7"], [att("said")]),
                ("Local residents claimed that the embankments had not been repaired for years.", ["b12"], [doubt("claimed")]),
                ("The ministry rejected the criticism.", ["b12"], [att("rejected")]),
            ],
            [
                ("Evacuees are staying in tents and in school buildings in Agdash.", ["b9"], [mv("evacuation", "Evacuees")]),
                ("The road between Yevlakh and Barda has been closed.", ["b10"], []),
                ("Agdash is known for its pomegranate orchards and silk production.", [], []),
            ],
            [("Forecasters expect the rain to ease by Thursday.", ["b13"], [])],
        ],
    },
    "ru-gornyi-listok.txt": {
        "header": " date 2026-04-21 (Горный листок)",
        "paragraphs": [
            [("Наводнение в Азербайджане: из зоны бедствия эвакуированы около 5 тысяч человек", ["b2"], [mv("evacuation", "эвакуированы")])],
            [
                ("По предварительным данным, из затопленных сёл Агдашского и Евлахского районов вывезены около 5 тысяч человек.", ["b2"], [("hedge", "uncertain", "По предварительным данным")]),
                ("Уровень воды в Куре у Евлаха превысил норму на 2,4 метра.", ["b5"], []),
            ],
            [
                ("Разлив реки начался в понедельник после сильных ливней.", ["b1"], []),
                ("За двое суток выпало 130 мм осадков — больше, чем за любые двое суток за последние полвека.", ["b8"], []),
            ],
            [
                ("Погибли три человека, в том числе девятилетний мальчик.", ["b3"], []),
                ("Спасатели МЧС Азербайджана задействовали 650 человек, лодки и девять вертолётов.", ["b4"], []),
                ("Связаться с районной администрацией Евлаха редакции не удалось.", [], []),
            ],
            [
                ("Чтобы снизить нагрузку на русло, сброс воды из Мингечевирского водохранилища сократили.", ["b15"], []),
                ("Эвакуированных разместили в палаточных лагерях и школах Агдаша.", ["b9"], [mv("evacuation", "Эвакуированных")]),
            ],
            [
                ("Экологи утверждают, что дамбы вдоль Куры годами не ремонтировались.", ["b12"], [doubt("утверждают")]),
                ("Власти эти обвинения отвергают.", ["b12"], [att("отвергают")]),
                ("В соседней Грузии уровень Куры остаётся в пределах нормы.", [], []),
            ],
        ],
    },
    "es-atalaya-mediterranea.txt": {
        "header": " date 2026-04-22 (La Atalaya Mediterránea)",
        "paragraphs": [
            [("Cuatro muertos y miles de desplazados por el desbordamiento del Kura en Azerbaiyán", ["b2", "b3"], [mv("displaced", "desplazados")])],
            [
                ("Miles de vecinos huyeron de sus casas en los distritos de Agdash y Yevlaj cuando el río Kura se desbordó el lunes.", ["b1", "b2"], [mv("forced", "huyeron")]),
                ("Las autoridades elevaron a cuatro la cifra de muertos.", ["b3"], []),
            ],
            [
                ("Según el Ministerio de Situaciones de Emergencia, unas 15.000 hectáreas de cultivos quedaron bajo el agua.", ["b6"], [att("Según")]),
                ("En dos días cayeron 130 litros por metro cuadrado, la mayor cantidad en medio siglo.", ["b8"], []),
                ("Se trata, sin duda, de un golpe muy duro para una región que vive de la agricultura.", [], [("booster", "booster", "sin duda")]),
            ],
            [
                ("Turquía envió 40 rescatistas y 200 tiendas de campaña.", ["b14"], []),
                ("Los evacuados duermen en tiendas y escuelas de Agdash.", ["b9"], [mv("evacuation", "evacuados")]),
                ("El Gobierno destinó 15 millones de manats a la ayuda de emergencia.", ["b11"], []),
            ],
            [
                ("Ecologistas locales denuncian que los diques llevaban años sin mantenimiento.", ["b12"], [att("denuncian")]),
                ("La brecha en el dique cerca de Yenikend mide 60 metros, según los técnicos.", ["b7"], [att("según")]),
                ("El Kura nace en Turquía y atraviesa Georgia antes de llegar a Azerbaiyán.", [], []),
            ],
        ],
    },
    "az-mil-duzu.txt": {
        "header": " date 2026-04-21 (Mil düzü)",
        "paragraphs": [
            [("Kür daşdı, Ağdaş və Yevlax rayonlarında kəndləri su basıb", ["b1"], [])],
            [
                ("Fövqəladə Hallar Nazirliyinin məlumatına görə, 650 xilasedici, qayıqlar və doqquz helikopter cəlb olunub.", ["b4"], [att("məlumatına görə")]),
                ("Prezidentin sərəncamı ilə zərərçəkənlərə yardım üçün 20 milyon manat ayrılıb.", ["b11"], []),
            ],
            [
                ("Güclü yağışlardan sonra Kür çayı bazar ertəsi məcrasından çıxıb.", ["b1"], []),
                ("Təhlükə zonasından 4200 nəfər təxliyə edilib.", ["b2"], [mv("evacuation", "təxliyə")]),
                ("Rayon icra hakimiyyətləri qərargahlar yaradıb.", [], []),
            ],
            [
                ("Yevlax məntəqəsində Kürün səviyyəsi normadan 2,4 metr yuxarı qalxıb.", ["b5"], []),
                ("Mingəçevir su anbarından buraxılan suyun həcmi azaldılıb.", ["b15"], []),
            ],
            [
                ("Təxliyə olunan sakinlər Ağdaşdakı çadır düşərgələrində və məktəblərdə yerləşdirilib.", ["b9"], [mv("evacuation", "Təxliyə")]),
                ("Türkiyə 40 xilasedici və 200 çadır göndərib.", ["b14"], []),
            ],
            [
                ("Bəzi sosial şəbəkə istifadəçilərinin bəndlərin baxımsız qaldığı barədə iddiaları əsassızdır.", ["b12"], [doubt("iddiaları"), doubt("əsassızdır")]),
                ("Sinoptiklər cümə axşamından yağışların zəifləyəcəyini gözləyir.", ["b13"], []),
                ("Dövlət başçısı vəziyyəti şəxsən nəzarətdə saxlayır.", [], []),
            ],
        ],
    },
    "de-auenbote.txt": {
        "header": " date 2026-04-22 (Der Auenbote)",
        "paragraphs": [
            [("Hochwasser an der Kura: Tausende fliehen vor den Fluten in Aserbaidschan", ["b1", "b2"], [mv("forced", "fliehen")])],
            [
                ("Nach tagelangen Regenfällen ist die Kura am Montag über die Ufer getreten.", ["b1"], []),
                ("Mehr als 6.000 Menschen wurden aus ihren Dörfern in den Bezirken Agdasch und Jewlach evakuiert, teilte das Katastrophenschutzministerium mit.", ["b2"], [mv("evacuation", "evakuiert"), att("teilte mit")]),
            ],
            [
                ("Vier Menschen kamen ums Leben, darunter ein neunjähriger Junge.", ["b3"], []),
                ("Nach Angaben von Umweltschützern wurden die Dämme seit Jahren nicht instand gehalten.", ["b12"], [att("Nach Angaben")]),
                ("Die Behörden bestreiten das.", ["b12"], [att("bestreiten")]),
            ],
            [
                ("Rund 12.000 Hektar Ackerland stehen unter Wasser.", ["b6"], []),
                ("In zwei Tagen fielen 130 Millimeter Regen, so viel wie seit 50 Jahren nicht.", ["b8"], []),
                ("Die Region gilt als Kornkammer des Landes.", [], []),
            ],
            [
                ("Die Regierung stellte 15 Millionen Manat für Soforthilfe bereit.", ["b11"], []),
                ("Die Straße zwischen Jewlach und Barda ist gesperrt, Züge zwischen Gandscha und Baku fahren mit Verspätung.", ["b10"], []),
                ("Die Türkei schickte nach eigenen Angaben 40 Helfer und 200 Zelte.", ["b14"], [att("nach eigenen Angaben")]),
                ("Aserbaidschan ist stark vom Export von Öl und Gas abhängig.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (c), held out: Armenia and Azerbaijan exchange detainees on the Tavush–Gazakh border.
# Written without looking at the concept lexicon (glossaries/concepts.toml) or the aligner
# (src/align/), so it measures the aligner on text it was not tuned on. Keep it that way: do not
# rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_C = {
    "c1": "Armenia and Azerbaijan exchanged detainees on Saturday 19 September on their border (Tavush–Gazakh)",
    "c2": "Azerbaijan handed over 14 Armenians (ru-kurier: 15; fr: about fifteen)",
    "c3": "Armenia handed over three Azerbaijani servicemen",
    "c4": "The handover took place on the old Ijevan–Gazakh road and took about 40 minutes (ru-listok: about an hour)",
    "c5": "The ICRC oversaw the handover; its doctors examined the detainees beforehand",
    "c6": "The exchange was agreed at talks in Tbilisi in August, with Georgia as host",
    "c7": "The Armenians were 12 servicemen and 2 civilians (ru-kurier: 13 and 2)",
    "c8": "The three Azerbaijanis crossed into Armenia near Ijevan in fog in March and were detained",
    "c9": "Yerevan calls the Azerbaijanis a sabotage group; Baku says they lost their way",
    "c10": "The released Armenians were taken to a military hospital in Yerevan",
    "c11": "23 Armenians are still held in Azerbaijan (fr: 19, according to NGOs)",
    "c12": "Two of the released Armenians had been sentenced in Baku to 8 years for espionage (ru-listok: 10)",
    "c13": "The EU welcomed the exchange as a step towards trust",
    "c14": "The Armenian opposition criticised the deal as incomplete; the government calls it a first step",
    "c15": "The two foreign ministers are due to meet in Brussels in October",
}

ARTICLES_C = {
    "en-meridian-ledger.txt": {
        "header": " date 2026-09-19 (Meridian Ledger)",
        "paragraphs": [
            [("Azerbaijan frees 14 Armenians in border swap for three of its soldiers", ["c1", "c2", "c3"], [])],
            [
                ("Armenia and Azerbaijan exchanged detainees on Saturday on a remote stretch of their border between Armenia's Tavush region and Azerbaijan's Gazakh district.", ["c1"], []),
                ("Baku released 14 Armenians and Yerevan returned three Azerbaijani servicemen, officials in both capitals said.", ["c2", "c3"], [att("said")]),
            ],
            [
                ("The handover took place at a former checkpoint on the disused Ijevan–Gazakh road and lasted about 40 minutes.", ["c4"], []),
                ("Staff of the International Committee of the Red Cross supervised the transfer.", ["c5"], []),
                ("The ICRC said its doctors had examined all seventeen men before they crossed.", ["c5"], [att("said")]),
            ],
            [
                ("Of the Armenians, twelve are soldiers and two are civilians from border villages, according to Armenia's Security Council.", ["c7"], [att("according to")]),
                ("The three Azerbaijanis were detained in March after crossing into Armenia near Ijevan in thick fog.", ["c8"], [("agency", "agentless", "were detained")]),
                ("Yerevan has described them as a sabotage unit, while Baku insists the men simply lost their way.", ["c9"], [att("described"), label("sabotage unit"), doubt("insists")]),
            ],
            [
                ("The released Armenians were driven to Yerevan and admitted to a military hospital for checks.", ["c10"], []),
                ("Saturday's exchange was the first between the two countries in more than two years.", [], []),
            ],
            [
                ("The swap was agreed at talks in Tbilisi in August, with Georgian officials acting as hosts.", ["c6"], []),
                ("The European Union's special representative for the South Caucasus called it a welcome step towards building trust.", ["c13"], [att("called")]),
                ("The foreign ministers of both countries are due to meet in Brussels in October.", ["c15"], []),
            ],
            [("Ijevan, a town of about 20,000 people, is known for its woodwork and its wine.", [], [])],
        ],
    },
    "ru-kurier-predgorii.txt": {
        "header": " date 2026-09-19 (Курьер предгорий)",
        "paragraphs": [
            [("Азербайджан вернул Армении 15 пленных", ["c2"], [])],
            [
                ("В субботу на армяно-азербайджанской границе, на участке между Тавушской областью и Газахским районом, прошёл обмен пленными.", ["c1"], []),
                ("Домой вернулись 15 граждан Армении.", ["c2"], []),
                ("Взамен Ереван передал Баку трёх азербайджанских военнослужащих, которых в Армении называют диверсантами.", ["c3", "c9"], [att("называют"), label("диверсантами")]),
            ],
            [
                ("По данным Совета безопасности Армении, среди вернувшихся 13 военнослужащих и двое мирных жителей.", ["c7"], [att("По данным")]),
                ("Все они, как сообщается, провели в азербайджанском плену больше года.", [], [("hedge", "hearsay", "как сообщается")]),
            ],
            [
                ("Передача проходила под наблюдением Международного комитета Красного Креста.", ["c5"], []),
                ("Освобождённых сразу же доставили в Ереван, в центральный военный госпиталь.", ["c10"], []),
                ("У ворот госпиталя их встречали родственники с цветами и флагами.", [], []),
            ],
            [
                ("Однако, по подсчётам армянской стороны, в Азербайджане по-прежнему удерживаются 23 армянина.", ["c11"], [att("по подсчётам")]),
                ("Оппозиция называет сделку «половинчатой» и упрекает власти в том, что они приняли условия Баку.", ["c14"], [att("называет"), ("scare-quote", "distancing", "«половинчатой»"), att("упрекает")]),
                ("В правительстве возражают, что это лишь первый шаг и переговоры продолжатся.", ["c14"], [att("возражают")]),
            ],
            [
                ("Договорённость об обмене была достигнута ещё в августе на переговорах в Тбилиси.", ["c6"], []),
                ("Грузия в последние годы не раз предлагала себя в качестве посредника между соседями.", [], []),
            ],
        ],
    },
    "ru-listok-apsherona.txt": {
        "header": " date 2026-09-20 (Листок Апшерона)",
        "paragraphs": [
            [("Азербайджанские военнослужащие вернулись из Армении", ["c3"], [])],
            [
                ("В субботу Азербайджан и Армения провели обмен удерживаемыми лицами на государственной границе.", ["c1"], []),
                ("На родину вернулись трое военнослужащих Азербайджанской армии, а Баку, в свою очередь, передал армянской стороне 14 человек.", ["c3", "c2"], []),
            ],
            [
                ("Военнослужащие оказались на армянской территории в марте, когда в густом тумане сбились с дороги.", ["c8", "c9"], []),
                ("Версию Еревана о якобы «диверсионной группе» в Баку называют абсурдной.", ["c9"], [("scare-quote", "marker", "якобы"), ("scare-quote", "distancing", "«диверсионной группе»"), label("диверсионной группе"), att("называют")]),
                ("Передача состоялась на старой дороге Газах — Иджеван и заняла около часа.", ["c4"], []),
            ],
            [
                ("Среди переданных Армении — двое осуждённых, которых бакинский суд приговорил к десяти годам лишения свободы за шпионаж.", ["c12"], []),
                ("Остальные, по информации азербайджанской стороны, были задержаны при попытке незаконно пересечь границу.", [], [att("по информации"), ("agency", "agentless", "были задержаны")]),
            ],
            [
                ("Условия обмена были согласованы в Тбилиси, где Грузия предоставила площадку для переговоров.", ["c6"], []),
                ("Евросоюз приветствовал обмен, назвав его шагом к укреплению доверия.", ["c13"], [att("приветствовал"), att("назвав")]),
                ("Министры иностранных дел двух стран, как ожидается, встретятся в Брюсселе в октябре.", ["c15"], [("hedge", "uncertain", "как ожидается")]),
            ],
            [
                ("В Баку подчёркивают, что Азербайджан не раз проявлял гуманизм в подобных вопросах.", [], [att("подчёркивают")]),
                ("Газахский район известен своими садами и коврами.", [], []),
            ],
        ],
    },
    "az-seher-yeli.txt": {
        "header": " date 2026-09-19 (Səhər yeli)",
        "paragraphs": [
            [("Ermənistanda saxlanılan üç hərbçimiz Vətənə qaytarıldı", ["c3"], [])],
            [
                ("Azərbaycan ilə Ermənistan arasında şənbə günü dövlət sərhədində saxlanılan şəxslərin mübadiləsi baş tutub.", ["c1"], []),
                ("Martda sıx duman səbəbindən yolunu azaraq İcevan yaxınlığında Ermənistan ərazisinə keçən üç hərbi qulluqçumuz Qazax rayonuna qayıdıb.", ["c3", "c8", "c9"], []),
                ("Humanitar addım olaraq Azərbaycan tərəfi də 14 nəfəri, o cümlədən erməni təxribatçılarını Ermənistana təhvil verib.", ["c2"], [label("təxribatçılarını")]),
            ],
            [
                ("Təhvil-təslim köhnə Qazax–İcevan yolunda, Beynəlxalq Qırmızı Xaç Komitəsinin nümayəndələrinin iştirakı ilə həyata keçirilib.", ["c4", "c5"], []),
                ("BQXK həkimləri mübadilədən əvvəl hər iki tərəfin saxladığı şəxsləri müayinə ediblər.", ["c5"], []),
            ],
            [
                ("Erməni tərəfinin hərbçilərimizi “diversiya qrupu” adlandırması tamamilə əsassızdır.", ["c9"], [label("diversiya qrupu"), ("scare-quote", "distancing", "“diversiya qrupu”"), ("booster", "booster", "tamamilə"), doubt("əsassızdır")]),
                ("Ermənistana təhvil verilənlər arasında Bakı məhkəməsi tərəfindən casusluğa görə səkkiz il azadlıqdan məhrum edilmiş iki nəfər də var.", ["c12"], []),
            ],
            [
                ("Mübadilə ilə bağlı razılıq avqustda Tbilisidə keçirilən danışıqlarda əldə olunub.", ["c6"], []),
                ("Xarici işlər nazirlərinin oktyabrda Brüsseldə görüşəcəyi gözlənilir.", ["c15"], [("hedge", "uncertain", "gözlənilir")]),
            ],
            [
                ("Qazaxda hərbçiləri ailə üzvləri və yerli sakinlər gül dəstələri ilə qarşılayıb.", [], []),
                ("Müdafiə Nazirliyi bildirib ki, hərbçilərin səhhəti qənaətbəxşdir.", [], [att("bildirib")]),
                ("Onlar tibbi müayinədən sonra Bakıya yola salınacaqlar.", [], []),
            ],
        ],
    },
    "fr-vigie-des-cols.txt": {
        "header": " date 2026-09-20 (La Vigie des Cols)",
        "paragraphs": [
            [("Arménie-Azerbaïdjan : un échange de détenus, mais des Arméniens toujours captifs à Bakou", ["c1", "c11"], [])],
            [
                ("Une quinzaine d'Arméniens détenus en Azerbaïdjan ont regagné leur pays samedi, à la faveur d'un échange organisé à la frontière entre les deux voisins.", ["c1", "c2"], []),
                ("En contrepartie, Erevan a remis à Bakou trois militaires azerbaïdjanais.", ["c3"], []),
            ],
            [
                ("Ces soldats avaient franchi la frontière en mars, dans le brouillard, près d'Idjevan.", ["c8"], []),
                ("Les autorités arméniennes affirment qu'il s'agissait d'un groupe de sabotage, ce que Bakou dément catégoriquement.", ["c9"], [doubt("affirment"), label("groupe de sabotage"), att("dément")]),
            ],
            [
                ("Parmi les personnes libérées figurent deux hommes qu'un tribunal de Bakou avait condamnés l'an dernier à huit ans de prison pour espionnage.", ["c12"], []),
                ("Leurs proches ont toujours clamé leur innocence.", [], [att("clamé")]),
                ("Selon des ONG arméniennes, 19 Arméniens resteraient pourtant détenus en Azerbaïdjan.", ["c11"], [att("Selon"), ("hedge", "hearsay", "resteraient")]),
            ],
            [
                ("L'opposition dénonce un accord « au rabais ».", ["c14"], [att("dénonce"), ("scare-quote", "distancing", "« au rabais »")]),
                ("Le gouvernement arménien y voit au contraire un premier pas.", ["c14"], []),
            ],
            [
                ("L'accord avait été conclu en août à Tbilissi, sous l'égide des autorités géorgiennes.", ["c6"], []),
                ("Bruxelles a salué un pas vers la confiance et accueillera en octobre les chefs de la diplomatie des deux pays.", ["c13", "c15"], [att("salué")]),
                ("À Idjevan, les habitants disent entendre moins de tirs depuis le printemps.", [], [att("disent")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (d), held out: a landslide cuts the Goris–Kapan highway in Armenia's Syunik province.
# Written without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned
# on. Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_D = {
    "d1": "A landslide hit the Goris–Kapan highway in Syunik on Tuesday 7 April and closed the road",
    "d2": "Two people were killed, one of them an Iranian lorry driver (ru, tr: three; az: at least two)",
    "d3": "Four people were injured and taken to hospital in Kapan",
    "d4": "About 200,000 cubic metres of rock and earth buried about 300 m of road (de: 400 m)",
    "d5": "Officials blame heavy rain and melting snow",
    "d6": "About 400 lorries, many Iranian, are stranded on both sides (ru: about 350; tr: more than 500)",
    "d7": "The road is Armenia's main (hy: only) road link to Iran",
    "d8": "Cars are let through on a temporary single-lane bypass; lorries are not",
    "d9": "120 rescuers and road workers with 30 heavy machines are clearing the road",
    "d10": "The road is expected to reopen within five days (de: in a week; az: at least ten days, say experts)",
    "d11": "About 150 residents of a village above the road were evacuated as the slope is still moving (fr: about a hundred)",
    "d12": "Environmentalists blame blasting at a quarry above the road; the quarry operator denies it",
    "d13": "Red Cross volunteers hand out food, water and blankets to stranded drivers",
    "d14": "Infrastructure minister Aram Hovakimyan visited the site",
    "d15": "A smaller landslide closed the same stretch for two days in March 2024",
    "d16": "The Zangezur corridor (if opened) would offer a safer / more reliable transport route in the region (background)",
}

ARTICLES_D = {
    "en-ridgeline-post.txt": {
        "header": " date 2026-04-07 (Ridgeline Post)",
        "paragraphs": [
            [("Landslide kills two and cuts Armenia's main road to Iran", ["d1", "d2", "d7"], [])],
            [
                ("A landslide swept across the highway between Goris and Kapan in Armenia's southern Syunik province early on Tuesday, burying vehicles and closing the road.", ["d1"], []),
                ("Two people were killed and four were injured, the Ministry of Emergency Situations said.", ["d2", "d3"], [att("said")]),
            ],
            [
                ("One of the dead was an Iranian lorry driver whose cab was swept off the road into the gorge below.", ["d2"], []),
                ("The injured were taken to hospital in Kapan.", ["d3"], []),
                ("About 200,000 cubic metres of rock and mud covered a 300-metre stretch of the road, according to the ministry.", ["d4"], [att("according to")]),
            ],
            [
                ("Officials blamed days of heavy rain and melting snow.", ["d5"], [att("blamed")]),
                ("Environmental campaigners said blasting at a basalt quarry above the road may have loosened the slope, which the quarry's owner denied.", ["d12"], [att("said"), ("hedge", "uncertain", "may have"), att("denied")]),
            ],
            [
                ("The highway is Armenia's main road link to Iran, and by Tuesday evening about 400 lorries were stuck on either side of the slide.", ["d7", "d6"], []),
                ("Several drivers told the Ridgeline Post they had run out of drinking water by the afternoon.", [], [att("told")]),
                ("Some 120 rescuers and road workers with 30 pieces of heavy machinery were clearing the debris.", ["d9"], []),
                ("Aram Hovakimyan, the minister of territorial administration and infrastructure, said he expected the road to reopen within five days.", ["d10"], [att("said")]),
            ],
            [
                ("The same stretch was closed for two days by a smaller landslide in March 2024.", ["d15"], []),
                ("Goris, the nearest town to the north, is a popular stop for tourists heading to the south of the country.", [], []),
            ],
        ],
    },
    "ru-yuzhnyi-trakt.txt": {
        "header": " date 2026-04-08 (Южный тракт)",
        "paragraphs": [
            [("Оползень перекрыл трассу Горис — Капан на юге Армении, погибли три человека", ["d1", "d2"], [])],
            [
                ("Во вторник утром в Сюникской области Армении на участок трассы между Горисом и Капаном сошёл оползень.", ["d1"], []),
                ("Погибли три человека, сообщили в МЧС республики.", ["d2"], [att("сообщили")]),
            ],
            [
                ("По данным спасателей, около 200 тысяч кубометров грунта и камней накрыли дорогу на протяжении 300 метров.", ["d4"], [att("По данным")]),
                ("Власти связывают сход оползня с затяжными дождями и таянием снега.", ["d5"], [att("связывают")]),
                ("Местные экологи, однако, утверждают, что склон могли расшатать взрывные работы в карьере над дорогой.", ["d12"], [doubt("утверждают"), ("hedge", "uncertain", "могли")]),
                ("Компания, которая разрабатывает карьер, эту версию отвергает.", ["d12"], [att("отвергает")]),
            ],
            [
                ("По обе стороны завала, как сообщается, застряли около 350 грузовиков.", ["d6"], [("hedge", "hearsay", "как сообщается")]),
                ("Легковые машины пропускают по временной однополосной объездной дороге, а для фур движение закрыто.", ["d8"], []),
                ("Около 150 жителей соседнего села эвакуировали: склон над ним продолжает сползать.", ["d11"], [mv("evacuation", "эвакуировали")]),
            ],
            [
                ("Министр территориального управления и инфраструктур Арам Овакимян, побывавший на месте схода, пообещал восстановить движение в течение пяти дней.", ["d14", "d10"], [att("пообещал")]),
                ("Волонтёры Красного Креста раздают застрявшим водителям горячую еду, воду и одеяла.", ["d13"], []),
            ],
            [
                ("В Капане, административном центре Сюника, с 2022 года работает генеральное консульство Ирана.", [], []),
                ("По прогнозу синоптиков, дожди в регионе продлятся до конца недели.", [], [att("По прогнозу")]),
            ],
        ],
    },
    "az-dan-ulduzu.txt": {
        "header": " date 2026-04-08 (Dan ulduzu)",
        "paragraphs": [
            [("Ermənistanda torpaq sürüşməsi İrana gedən əsas yolu bağladı", ["d1", "d7"], [])],
            [
                ("Ermənistanın cənubunda, Gorus–Qafan avtomobil yolunda çərşənbə axşamı səhər torpaq sürüşməsi baş verib, yolda hərəkət dayandırılıb.", ["d1"], []),
                ("Erməni mediasının məlumatına görə, ən azı iki nəfər həlak olub.", ["d2"], [att("məlumatına görə")]),
            ],
            [
                ("Bu yol Ermənistanı İranla birləşdirən əsas magistraldır.", ["d7"], []),
                ("Hazırda sürüşmə zonasının hər iki tərəfində 400-ə yaxın yük maşını gözləyir, onların əksəriyyəti İran nömrəlidir.", ["d6"], []),
            ],
            [
                ("Ermənistan rəsmiləri fəlakətin səbəbinin güclü yağışlar və qarın əriməsi olduğunu iddia edirlər.", ["d5"], [doubt("iddia edirlər")]),
                ("Lakin yerli ekoloqlar bildirirlər ki, yamac yaxınlıqdakı karxanada aparılan partlayış işləri nəticəsində zəifləyib.", ["d12"], [att("bildirirlər")]),
                ("Qeyd edək ki, yolun eyni hissəsində 2024-cü ilin martında da sürüşmə olmuş və hərəkət iki gün dayanmışdı.", ["d15"], []),
            ],
            [
                ("Yolun təmizlənməsinə 120 xilasedici və yol işçisi, həmçinin 30 ağır texnika cəlb olunub.", ["d9"], []),
                ("Erməni ekspertlərinin fikrincə, hərəkət ən tezi on gündən sonra bərpa oluna bilər.", ["d10"], [att("fikrincə")]),
            ],
            [
                ("Qafan ətrafındakı mədənlər, şübhəsiz, illərdir Araz hövzəsinin çaylarını çirkləndirir.", [], [("booster", "booster", "şübhəsiz")]),
                ("Ekspertlər hesab edir ki, Zəngəzur dəhlizi açılarsa, İrana gedən yüklər daha etibarlı marşrutla daşınacaq.", ["d16"], [att("hesab edir"), ("loaded", "az-frame", "Zəngəzur dəhlizi")]),
            ],
        ],
    },
    "tr-kervan-yolu.txt": {
        "header": " date 2026-04-07 (Kervan Yolu Gazetesi)",
        "paragraphs": [
            [("Ermenistan'da heyelan: 3 ölü, yüzlerce tır yolda kaldı", ["d1", "d2", "d6"], [])],
            [
                ("Ermenistan'ın güneyinde Gorus ile Kapan arasındaki karayolunda salı sabahı meydana gelen heyelan nedeniyle yol trafiğe kapatıldı.", ["d1"], []),
                ("Ermeni basınındaki haberlere göre heyelanda 3 kişi hayatını kaybetti, 4 kişi yaralandı.", ["d2", "d3"], [att("göre")]),
                ("Yaralılar Kapan'daki hastaneye kaldırıldı.", ["d3"], []),
            ],
            [
                ("Ermenistan'ı İran'a bağlayan en önemli kara yolu olan güzergahta 500'ü aşkın tır mahsur kaldı.", ["d7", "d6"], []),
                ("Kızılhaç gönüllüleri yolda bekleyen şoförlere sıcak yemek, su ve battaniye dağıtıyor.", ["d13"], []),
                ("Binek araçları tek şeritli geçici bir yoldan geçirilirken tırların geçişine izin verilmiyor.", ["d8"], []),
                ("Ermenistan Bölgesel Yönetim ve Altyapı Bakanlığı, yolun beş gün içinde yeniden açılmasının planlandığını açıkladı.", ["d10"], [att("açıkladı")]),
            ],
            [
                ("İran ile Ermenistan arasındaki ticaret hacmi son yıllarda istikrarlı biçimde artıyor.", [], []),
                ("Azerbaycan ise Nahçıvan'a uzanacak Zengezur koridorunun bölgede daha güvenli bir ulaşım imkânı sunacağını savunuyor.", ["d16"], [att("savunuyor"), ("loaded", "az-frame", "Zengezur koridorunun")]),
                ("Kapan, Gorus'un yaklaşık 70 kilometre güneyinde bulunuyor.", [], []),
            ],
        ],
    },
    "hy-bardzunk.txt": {
        "header": " date 2026-04-07 (Բարձունք)",
        "paragraphs": [
            [("Սողանք Գորիս–Կապան ավտոճանապարհին, երկու մարդ զոհվել է", ["d1", "d2"], [])],
            [
                ("Երեքշաբթի առավոտյան Սյունիքի մարզում՝ Գորիս–Կապան ավտոճանապարհին, սողանք է իջել, որը ծածկել է ճանապարհի մոտ 300 մետր երկարությամբ հատվածը։", ["d1", "d4"], []),
                ("Արտակարգ իրավիճակների նախարարության փոխանցմամբ՝ զոհվել է երկու մարդ, ևս չորսը վիրավորվել են և տեղափոխվել Կապանի հիվանդանոց։", ["d2", "d3"], [att("փոխանցմամբ")]),
            ],
            [
                ("Լանջից պոկված մոտ 200 հազար խորանարդ մետր հող ու քար լցվել է ճանապարհի վրա։", ["d4"], []),
                ("Նախարարությունը պնդում է, որ սողանքի պատճառը վերջին օրերի առատ տեղումներն ու ձնհալն են։", ["d5"], [doubt("պնդում է")]),
                ("Բնապահպանները, սակայն, ահազանգում են, որ լանջը թուլացել է ճանապարհից վեր գտնվող բազալտի քարհանքում արվող պայթեցումների պատճառով։", ["d12"], [att("ահազանգում են")]),
                ("Քարհանքը շահագործող «Լեռնաքար» ընկերությունը մեղադրանքները հերքում է։", ["d12"], [att("հերքում է")]),
            ],
            [
                ("Մոտակա գյուղից տարհանվել է 38 ընտանիք՝ մոտ 150 մարդ, քանի որ լանջը դեռ շարժվում է։", ["d11"], [mv("evacuation", "տարհանվել")]),
                ("Մարդատար մեքենաներն անցնում են մեկ երթևեկելի գոտիով ժամանակավոր շրջանցիկ ճանապարհով, իսկ բեռնատարների համար երթևեկությունը փակ է։", ["d8"], []),
                ("Տարածքային կառավարման և ենթակառուցվածքների նախարար Արամ Հովակիմյանն այցելել է սողանքի վայր և խոստացել «ամենասեղմ ժամկետներում» վերականգնել երթևեկությունը։", ["d14"], [att("խոստացել"), ("scare-quote", "distancing", "«ամենասեղմ ժամկետներում»")]),
            ],
            [
                ("Այս ճանապարհն Իրանի հետ Հայաստանի միակ ցամաքային կապն է, և Թուրքիայի ու Ադրբեջանի կողմից շրջափակման պայմաններում դրա փակումը ծանր հարված է երկրի տնտեսությանը։", ["d7"], [("loaded", "hy-frame", "շրջափակման")]),
                ("Գորիսում արդեն թանկացել է վառելիքը։", [], []),
                ("Սյունիքի բնակիչները տարիներ շարունակ բողոքում են, որ ճանապարհի այս հատվածը պատշաճ չի ամրացվում։", [], []),
            ],
        ],
    },
    "de-hochlandpost.txt": {
        "header": " date 2026-04-08 (Hochlandpost)",
        "paragraphs": [
            [("Erdrutsch in Armenien: Zwei Tote, Hunderte Lastwagen sitzen fest", ["d1", "d2", "d6"], [])],
            [
                ("Ein Erdrutsch hat am Dienstag die wichtigste Straßenverbindung zwischen Armenien und dem Iran unterbrochen.", ["d1", "d7"], []),
                ("Geröll und Schlamm verschütteten die Fernstraße zwischen Goris und Kapan in der südlichen Provinz Sjunik auf einer Länge von rund 400 Metern.", ["d1", "d4"], []),
            ],
            [
                ("Zwei Menschen kamen ums Leben, vier wurden verletzt.", ["d2", "d3"], []),
                ("Nach Angaben des Katastrophenschutzministeriums sind 120 Rettungskräfte und Straßenarbeiter mit 30 schweren Maschinen im Einsatz.", ["d9"], [att("Nach Angaben")]),
                ("Rund 150 Bewohner eines Dorfes oberhalb der Straße wurden in Sicherheit gebracht, weil der Hang weiter in Bewegung ist.", ["d11"], [mv("evacuation", "in Sicherheit gebracht")]),
            ],
            [
                ("Auf beiden Seiten der Unglücksstelle sollen rund 400 Lastwagen festsitzen, viele davon aus dem Iran.", ["d6"], [("hedge", "hearsay", "sollen")]),
                ("Helfer des Roten Kreuzes versorgen die Fahrer mit Essen und Decken.", ["d13"], []),
                ("Das Ministerium rechnet damit, dass die Straße in einer Woche wieder befahrbar ist.", ["d10"], [att("rechnet damit")]),
            ],
            [
                ("Bereits im März 2024 hatte ein kleinerer Erdrutsch denselben Abschnitt für zwei Tage blockiert.", ["d15"], []),
                ("Sjunik grenzt im Westen an die aserbaidschanische Exklave Nachitschewan.", [], []),
                ("In Goris, der nächstgelegenen Stadt, sind die Hotels nach Angaben der Gemeinde mit gestrandeten Reisenden ausgebucht.", [], [att("nach Angaben")]),
            ],
        ],
    },
    "fr-courrier-des-cretes.txt": {
        "header": " date 2026-04-08 (Le Courrier des Crêtes)",
        "paragraphs": [
            [("Arménie : un glissement de terrain coupe la route de l'Iran", ["d1", "d7"], [])],
            [
                ("Un glissement de terrain a enseveli mardi matin la route qui relie Goris à Kapan, dans la province arménienne du Syunik, faisant deux morts.", ["d1", "d2"], []),
                ("Quelque 200 000 mètres cubes de terre et de roches se sont déversés sur environ 300 mètres de chaussée.", ["d4"], []),
            ],
            [
                ("Les autorités invoquent les fortes pluies et la fonte des neiges.", ["d5"], [att("invoquent")]),
                ("Des écologistes affirment toutefois que des tirs de mine dans une carrière voisine auraient fragilisé le versant.", ["d12"], [doubt("affirment"), ("hedge", "hearsay", "auraient")]),
                ("L'exploitant de la carrière dément.", ["d12"], [att("dément")]),
            ],
            [
                ("Par précaution, une centaine d'habitants d'un village situé en surplomb ont été évacués.", ["d11"], [mv("evacuation", "évacués")]),
                ("Les voitures empruntent une déviation provisoire à voie unique, interdite aux poids lourds.", ["d8"], []),
                ("Environ 400 camions, iraniens pour la plupart, attendent de part et d'autre de l'éboulement.", ["d6"], []),
            ],
            [
                ("Le ministre arménien de l'Administration territoriale et des Infrastructures, Aram Hovakimian, s'est rendu sur place mardi.", ["d14"], []),
                ("Il a promis une réouverture « d'ici cinq jours », un délai que les transporteurs jugent optimiste.", ["d10"], [att("promis"), ("scare-quote", "distancing", "« d'ici cinq jours »"), att("jugent")]),
            ],
            [
                ("Cette route est le principal axe entre l'Arménie et l'Iran, dont la frontière se trouve à Meghri, plus au sud.", ["d7"], []),
                ("Le Syunik, coincé entre l'Azerbaïdjan et l'Iran, a été au cœur des tensions entre Erevan et Bakou après la guerre de 2020.", [], []),
                ("À Kapan, plusieurs commerces manquaient déjà de produits frais mercredi.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (e), held out: an explosion and fire on the gas pipeline from Azerbaijan to Georgia and
# Turkey, in Azerbaijan's Tovuz district. Written without looking at the concept lexicon
# (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the aligner (src/), so it
# measures the tool on text it was not tuned on. Keep it that way: do not rewrite these
# sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_E = {
    "e1": "An explosion and fire hit the pipeline carrying Azerbaijani gas to Georgia and Turkey, in Azerbaijan's Tovuz district, late on Sunday 12 July",
    "e2": "The flow of gas through the pipeline was stopped (the operator closed the valves on both sides of the damaged section)",
    "e3": "Two workers were injured with burns, one seriously; no one was killed (ru: three injured)",
    "e4": "The fire was put out on Monday morning after about nine hours (ka: eleven hours; it: about ten hours)",
    "e5": "About 120 firefighters with 30 vehicles fought the fire",
    "e6": "About 300 residents of a nearby village were evacuated (uk: about 400; az: 60 families)",
    "e7": "Georgia gets about 90% of its gas through the pipeline",
    "e8": "Tbilisi says households will not be left without gas; Georgia will temporarily take more Russian gas (via the North–South pipeline)",
    "e9": "Officials give a technical fault as the preliminary cause (a failed weld at a valve station)",
    "e10": "Prosecutors opened a criminal case for breach of industrial safety rules",
    "e11": "Some analysts and media suggested sabotage; Baku rejects this",
    "e12": "Repairs are expected to take about a week (es: five days; ka: up to ten days)",
    "e13": "Gas deliveries to Turkey were also interrupted",
    "e14": "European gas prices rose on Monday (4%; it: 6%)",
    "e15": "Traffic on the Baku–Gazakh (Baku–Tbilisi) highway near the site was stopped for some hours (az: about six)",
    "e16": "The Tovuz district, where the blast happened, lies on / borders Armenia (background)",
    "e17": "Buying more Russian gas increases Georgia's dependence on Russia (editorial view / opposition accusation) (background)",
}

ARTICLES_E = {
    "en-eastern-wire.txt": {
        "header": " date 2026-07-13 (Eastern Wire)",
        "paragraphs": [
            [("Blast and fire shut down gas pipeline from Azerbaijan to Georgia and Turkey", ["e1", "e2"], [])],
            [
                ("An explosion tore through the pipeline that carries Azerbaijani gas to Georgia and Turkey late on Sunday, setting off a fire in the Tovuz district of western Azerbaijan.", ["e1"], []),
                ("The operator closed the valves on both sides of the damaged section and stopped the flow of gas, Azerbaijan's energy ministry said.", ["e2"], [att("said")]),
            ],
            [
                ("Two workers who were inspecting a nearby valve station suffered burns.", ["e3"], []),
                ("One of them was in a serious condition in hospital in Ganja, doctors said, and no one was killed.", ["e3"], [att("said")]),
                ("About 120 firefighters with 30 fire engines battled the blaze through the night, and it was put out on Monday morning after roughly nine hours.", ["e5", "e4"], []),
            ],
            [
                ("The energy ministry said a preliminary inquiry pointed to a technical fault, a failed weld at the valve station.", ["e9"], [att("said")]),
                ("Some Western analysts have speculated about sabotage, but officials in Baku dismissed the idea as groundless.", ["e11"], [doubt("speculated"), att("dismissed")]),
            ],
            [
                ("Georgia receives about 90 percent of its gas through the pipeline.", ["e7"], []),
                ("Deliveries to Turkey were also interrupted, Turkey's energy ministry confirmed.", ["e13"], [att("confirmed")]),
                ("Engineers expect repairs to take about a week.", ["e12"], [att("expect")]),
            ],
            [
                ("The gas line runs alongside an oil pipeline that carries Caspian crude to Turkey's Mediterranean coast.", [], []),
                ("Tovuz, which borders Armenia, saw deadly clashes between the two countries' armies in July 2020.", ["e16"], [("loaded", "neutral", "clashes")]),
            ],
        ],
    },
    "ru-yuzhnyi-rubezh.txt": {
        "header": " date 2026-07-13 (Южный рубеж)",
        "paragraphs": [
            [("Взрыв на газопроводе в Азербайджане оставил Грузию без азербайджанского газа", ["e1", "e2"], [])],
            [
                ("Поздно вечером в воскресенье в Товузском районе на западе Азербайджана произошёл взрыв на газопроводе, по которому азербайджанский газ поставляется в Грузию и Турцию.", ["e1"], []),
                ("Прокачка газа по трубопроводу прекращена, сообщили в министерстве энергетики Азербайджана.", ["e2"], [att("сообщили")]),
            ],
            [
                ("Пострадали три сотрудника компании-оператора, все они получили ожоги.", ["e3"], []),
                ("Из близлежащего села эвакуировали около 300 жителей.", ["e6"], [mv("evacuation", "эвакуировали")]),
                ("По предварительной версии, причиной аварии стал разрыв сварного шва на крановом узле.", ["e9"], [("hedge", "uncertain", "По предварительной версии")]),
                ("Прокуратура Азербайджана возбудила уголовное дело о нарушении правил безопасности на промышленных объектах.", ["e10"], []),
            ],
            [
                ("Некоторые западные СМИ поспешили увидеть в аварии «руку Москвы», не приводя никаких доказательств.", ["e11"], [doubt("поспешили"), ("scare-quote", "distancing", "«руку Москвы»")]),
                ("Поставки газа в Турцию также остановлены.", ["e13"], []),
            ],
            [
                ("Министерство экономики Грузии заверяет, что бытовые потребители без газа не останутся.", ["e8"], [att("заверяет")]),
                ("Тбилиси временно увеличит закупки российского газа, который поступает по газопроводу Север — Юг.", ["e8"], []),
                ("Ремонт, по оценкам специалистов, займёт около недели.", ["e12"], [att("по оценкам")]),
            ],
            [
                ("В Тбилиси в понедельник у газозаправочных станций выстроились очереди.", [], []),
                ("По газопроводу Север — Юг российский газ уже несколько десятилетий идёт через Грузию в Армению.", [], []),
            ],
        ],
    },
    "uk-pravoberezhna-hazeta.txt": {
        "header": " date 2026-07-13 (Правобережна газета)",
        "paragraphs": [
            [("Вибух на азербайджанському газопроводі: Грузія збільшує закупівлі російського газу", ["e1", "e8"], [])],
            [
                ("Пізно ввечері в неділю на газопроводі, яким азербайджанський газ транспортують до Грузії та Туреччини, стався потужний вибух.", ["e1"], []),
                ("Пожежа спалахнула поблизу одного із сіл у Товузькому районі, приблизно за 400 кілометрів на захід від Баку.", ["e1"], []),
                ("Прокачування газу трубопроводом зупинено.", ["e2"], []),
            ],
            [
                ("Двоє працівників отримали опіки.", ["e3"], []),
                ("Близько 400 мешканців найближчого села евакуювали.", ["e6"], [mv("evacuation", "евакуювали")]),
                ("Вогонь вдалося загасити лише в понеділок уранці.", ["e4"], []),
            ],
            [
                ("Офіційний Баку стверджує, що причиною вибуху стала технічна несправність.", ["e9"], [doubt("стверджує")]),
                ("Проте низка незалежних експертів не виключає диверсії й нагадує про серію підпалів і вибухів на об’єктах інфраструктури в Європі, за якими, за даними західних спецслужб, стояла Росія.", ["e11"], [att("не виключає"), att("нагадує"), att("за даними")]),
            ],
            [
                ("Грузія отримує цим газопроводом близько 90% свого газу.", ["e7"], []),
                ("Тбіліські посадовці запевняють, що населення без газу не залишиться: нестачу тимчасово покриватимуть російським газом.", ["e8"], [att("запевняють")]),
                ("Така «допомога» Москви, безумовно, посилить залежність Грузії від Кремля.", ["e17"], [("scare-quote", "distancing", "«допомога»"), ("booster", "booster", "безумовно")]),
            ],
            [
                ("Ціни на газ у Європі в понеділок зросли на 4%.", ["e14"], []),
                ("Україна припинила транзит російського газу до Європи ще 1 січня 2025 року.", [], []),
            ],
        ],
    },
    "az-simal-kuleyi.txt": {
        "header": " date 2026-07-13 (Şimal küləyi)",
        "paragraphs": [
            [("Tovuzda qaz kəmərində partlayış: yanğın söndürülüb", ["e1", "e4"], [])],
            [
                ("Bazar günü gecə saatlarında Tovuz rayonu ərazisindən keçən qaz kəmərində partlayış baş verib, ardınca yanğın başlayıb.", ["e1"], []),
                ("Kəmər vasitəsilə qaz nəqli müvəqqəti dayandırılıb, zədələnmiş hissənin hər iki tərəfində siyirtmələr bağlanıb.", ["e2"], []),
            ],
            [
                ("Fövqəladə Hallar Nazirliyinin məlumatına görə, yanğının söndürülməsinə 120 yanğınsöndürən və 30 xüsusi texnika cəlb olunub.", ["e5"], [att("məlumatına görə")]),
                ("Alov bazar ertəsi səhər, təxminən doqquz saat sonra tam söndürülüb.", ["e4"], []),
                ("Hadisə zamanı iki əməkdaş yanıq xəsarəti alıb, onlardan birinin vəziyyəti ağır qiymətləndirilir.", ["e3"], []),
                ("Təhlükəsizlik məqsədilə yaxınlıqdakı kənddən 60 ailə təxliyə edilib.", ["e6"], [mv("evacuation", "təxliyə")]),
                ("Bakı–Qazax magistral yolunun hadisə yerinə yaxın hissəsində hərəkət təxminən altı saat dayandırılıb.", ["e15"], []),
            ],
            [
                ("Energetika Nazirliyi bildirib ki, ilkin məlumata görə, qəzanın səbəbi siyirtmə qovşağında qaynaq tikişinin sıradan çıxmasıdır.", ["e9"], [att("bildirib"), ("hedge", "uncertain", "ilkin məlumata görə")]),
                ("Baş Prokurorluq sənaye obyektlərində təhlükəsizlik qaydalarının pozulması faktı üzrə cinayət işi başlayıb.", ["e10"], []),
            ],
            [
                ("Bəzi xarici mediada yayılan təxribat iddiaları reallığı əks etdirmir.", ["e11"], [doubt("iddiaları")]),
                ("Energetika Nazirliyi kənar müdaxilə ehtimalını tamamilə istisna edib.", ["e11"], [att("istisna edib"), ("booster", "booster", "tamamilə")]),
            ],
            [
                ("Tovuz rayonu üzüm bağları və şərabçılığı ilə tanınır.", [], []),
                ("Qeyd edək ki, bu kəmərlə nəql olunan Azərbaycan qazı Gürcüstan və Türkiyə vasitəsilə Avropaya da çatır.", [], []),
            ],
        ],
    },
    "ka-mtis-eko.txt": {
        "header": " date 2026-07-13 (მთის ექო)",
        "paragraphs": [
            [("აზერბაიჯანში გაზსადენზე აფეთქების გამო საქართველოსთვის აზერბაიჯანული გაზის მიწოდება შეწყდა", ["e1", "e2"], [])],
            [
                ("კვირას გვიან ღამით აზერბაიჯანის თოვუზის რაიონში გაზსადენზე, რომლითაც აზერბაიჯანული გაზი საქართველოსა და თურქეთს მიეწოდება, აფეთქება მოხდა და ხანძარი გაჩნდა.", ["e1"], []),
                ("ოპერატორმა კომპანიამ გაზის ტრანსპორტირება დაუყოვნებლივ შეაჩერა.", ["e2"], []),
                ("ხანძრის ჩაქრობას თერთმეტი საათი დასჭირდა.", ["e4"], []),
            ],
            [
                ("აზერბაიჯანული მედიის ცნობით, აფეთქებისას ორი თანამშრომელი დაშავდა.", ["e3"], [att("ცნობით")]),
                ("საქართველო გაზის დაახლოებით 90 პროცენტს სწორედ ამ გაზსადენით იღებს.", ["e7"], []),
            ],
            [
                ("ეკონომიკისა და მდგრადი განვითარების მინისტრი ნინო ბერიძე ამტკიცებს, რომ მოსახლეობას გაზის მიწოდება არ შეეზღუდება.", ["e8"], [doubt("ამტკიცებს")]),
                ("მისი თქმით, დეფიციტის შესავსებად საქართველო დროებით მეტ რუსულ გაზს შეიძენს, რომელიც ჩრდილოეთ-სამხრეთის მაგისტრალური გაზსადენით შემოდის.", ["e8"], [att("თქმით")]),
                ("ოპოზიცია მთავრობას რუსულ გაზზე დამოკიდებულების გაზრდაში ადანაშაულებს.", ["e17"], [att("ადანაშაულებს")]),
            ],
            [
                ("ექსპერტების შეფასებით, შეკეთებას შესაძლოა ათ დღემდე დასჭირდეს.", ["e12"], [att("შეფასებით"), ("hedge", "uncertain", "შესაძლოა")]),
                ("აზერბაიჯანული გაზის მიწოდება თურქეთისთვისაც შეწყდა.", ["e13"], []),
                ("აფეთქების გამო ბაქო–თბილისის საავტომობილო გზაზე მოძრაობა რამდენიმე საათით შეიზღუდა.", ["e15"], []),
            ],
            [
                ("ზამთარში საქართველოში გაზის მოხმარება რამდენჯერმე იზრდება.", [], []),
                ("ბაქოსა და თბილისს შორის სარკინიგზო მიმოსვლა ჩვეულ რეჟიმში გრძელდება.", [], []),
            ],
        ],
    },
    "es-cronica-del-caspio.txt": {
        "header": " date 2026-07-13 (La Crónica del Caspio)",
        "paragraphs": [
            [("Una explosión paraliza el gasoducto que lleva gas azerí a Georgia y Turquía", ["e1", "e2"], [])],
            [
                ("Una explosión seguida de un incendio obligó a cortar el domingo por la noche el bombeo de gas por el gasoducto que une Azerbaiyán con Georgia y Turquía.", ["e1", "e2"], []),
                ("El siniestro se produjo en el distrito de Tovuz, en el oeste de Azerbaiyán, cerca de la frontera con Armenia.", ["e1", "e16"], []),
            ],
            [
                ("Según el Ministerio de Situaciones de Emergencia, unos 120 bomberos con 30 vehículos combatieron las llamas durante toda la noche.", ["e5"], [att("Según")]),
                ("Dos trabajadores sufrieron quemaduras y uno de ellos permanece hospitalizado en estado grave.", ["e3"], []),
                ("El Ministerio de Energía atribuye la explosión a un fallo técnico en una soldadura.", ["e9"], [att("atribuye")]),
                ("La Fiscalía abrió una causa penal por infracción de las normas de seguridad industrial.", ["e10"], []),
            ],
            [
                ("Los envíos a Turquía también quedaron interrumpidos.", ["e13"], []),
                ("La empresa operadora prevé reanudar el bombeo en cinco días.", ["e12"], [att("prevé")]),
                ("En el mercado holandés TTF, referencia en Europa, el gas se encareció el lunes un 4%.", ["e14"], []),
            ],
            [
                ("Azerbaiyán se ha convertido en un proveedor clave de gas para Europa desde la invasión rusa de Ucrania.", [], []),
                ("Bakú y Bruselas firmaron en 2022 un memorando para duplicar las compras europeas de gas azerí.", [], []),
            ],
        ],
    },
    "it-eco-dei-valichi.txt": {
        "header": " date 2026-07-14 (L'Eco dei Valichi)",
        "paragraphs": [
            [("Esplosione sul gasdotto azero, il prezzo del gas sale in Europa", ["e1", "e14"], [])],
            [
                ("Un'esplosione, seguita da un vasto incendio, ha colpito domenica sera il gasdotto che trasporta il gas dell'Azerbaigian verso la Georgia e la Turchia.", ["e1"], []),
                ("L'incidente è avvenuto nel distretto di Tovuz, nell'ovest del Paese.", ["e1"], []),
                ("I flussi sono stati sospesi e le forniture alla Turchia risultano interrotte.", ["e2", "e13"], []),
            ],
            [
                ("Per domare le fiamme ci sono volute una decina di ore.", ["e4"], []),
                ("Secondo le autorità di Baku, la causa sarebbe un guasto tecnico.", ["e9"], [att("Secondo"), ("hedge", "hearsay", "sarebbe")]),
                ("Alcuni analisti non escludono però un sabotaggio, un'ipotesi che il governo azero respinge con decisione.", ["e11"], [att("non escludono"), att("respinge")]),
            ],
            [
                ("La Georgia dipende da questo gasdotto per circa il 90% del proprio fabbisogno.", ["e7"], []),
                ("Sul mercato di Amsterdam il prezzo del gas è salito lunedì del 6%.", ["e14"], []),
                ("Gli operatori ritengono comunque che, con gli stoccaggi già pieni all'80%, non ci siano rischi immediati per l'Italia.", [], [att("ritengono")]),
                ("La riparazione, secondo la società che gestisce l'impianto, richiederà circa una settimana.", ["e12"], [att("secondo")]),
            ],
            [
                ("Il gas azero arriva in Italia attraverso il gasdotto TAP, che approda a Melendugno, in Puglia.", [], []),
                ("Senza dubbio l'incidente riaccende il dibattito sulla sicurezza degli approvvigionamenti energetici europei.", [], [("booster", "booster", "Senza dubbio")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (f), held out: a deadly exchange of fire on the Armenia–Azerbaijan border near Sotk
# (Gegharkunik), opposite Azerbaijan's Kalbajar district, each side blaming the other. Written
# without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned
# on. Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_F = {
    "f1": "An exchange of fire broke out on the Armenia–Azerbaijan border near Sotk in Gegharkunik, opposite Azerbaijan's Kalbajar district, early on Tuesday 3 November",
    "f2": "One Armenian soldier was killed (a 20-year-old conscript, Arsen Tadevosyan)",
    "f3": "Two more Armenian soldiers were wounded (ru, hy: three; fa: at least two)",
    "f4": "Baku says one Azerbaijani soldier was lightly wounded (tr: two)",
    "f5": "Yerevan says Azerbaijani forces fired first, with small arms and mortars, on Armenian positions near Sotk",
    "f6": "Baku says Armenian units fired first on its positions in Kalbajar district and its troops returned fire",
    "f7": "The shooting lasted about two hours (az: about 40 minutes; de: more than three hours)",
    "f8": "Houses in Sotk were damaged, no civilians were hurt (two houses; hy: three)",
    "f9": "About 30 families with children left Sotk for Vardenis (fa: about 40; ru: several dozen)",
    "f10": "It is the first deadly incident on the border since the peace agreement was initialled in August 2025",
    "f11": "The EU Mission in Armenia sent patrols to the area and says it cannot establish which side fired first",
    "f12": "Russia called on both sides to show restraint and offered to help (mediate)",
    "f13": "Iran expressed concern, called for restraint and dialogue, and said it rejects any change of borders in the region",
    "f14": "Turkey condemned the Armenian 'provocation' and backed Azerbaijan",
    "f15": "The border delimitation commissions are due to meet on 10 November",
    "f16": "Armenia and Azerbaijan initialled a peace agreement (in Washington) in August 2025 (background)",
}

ARTICLES_F = {
    "en-border-dispatch.txt": {
        "header": " date 2026-11-03 (Border Dispatch)",
        "paragraphs": [
            [("Armenian soldier killed in overnight shooting on border with Azerbaijan", ["f1", "f2"], [("agency", "agentless", "killed")])],
            [
                ("An Armenian soldier was killed and two others were wounded in an exchange of fire on the border with Azerbaijan early on Tuesday, near the village of Sotk in Armenia's Gegharkunik province.", ["f1", "f2", "f3"], [("agency", "agentless", "was killed"), ("agency", "agentless", "were wounded"), ("loaded", "neutral", "exchange of fire")]),
                ("The shooting began shortly after two in the morning and lasted about two hours, according to the Armenian Defence Ministry.", ["f7"], [att("according to")]),
            ],
            [
                ("The ministry said Azerbaijani forces had fired first, using small arms and mortars against Armenian positions outside Sotk.", ["f5"], [att("said")]),
                ("It named the dead soldier as Arsen Tadevosyan, a 20-year-old conscript.", ["f2"], []),
                ("The Azerbaijani Defence Ministry gave a different account, saying that Armenian units had opened fire on its positions in the Kalbajar district and that its troops had returned fire.", ["f6"], [att("saying")]),
                ("It said one Azerbaijani soldier had been lightly wounded.", ["f4"], [att("said"), ("agency", "agentless", "had been lightly wounded")]),
            ],
            [
                ("Two houses in Sotk were hit, but no civilians were hurt, local officials said.", ["f8"], [("agency", "agentless", "were hit"), att("said")]),
                ("About 30 families with children were evacuated to the nearby town of Vardenis.", ["f9"], [mv("evacuation", "evacuated")]),
                ("The EU Mission in Armenia sent patrols to the area but said it could not establish which side had fired first.", ["f11"], [att("said")]),
            ],
            [
                ("It was the first deadly incident on the border since the two countries initialled a peace agreement in Washington in August 2025.", ["f10", "f16"], []),
                ("Sotk is a mining village high in the mountains east of Lake Sevan.", [], []),
                ("Residents said they had not heard gunfire in the village for more than a year.", [], [att("said")]),
            ],
        ],
    },
    "ru-stolichnyi-obozrevatel.txt": {
        "header": " date 2026-11-03 (Столичный обозреватель)",
        "paragraphs": [
            [("Перестрелка на армяно-азербайджанской границе: погиб военный, Москва призывает к сдержанности", ["f1", "f2", "f12"], [("loaded", "neutral", "Перестрелка")])],
            [
                ("В ночь на вторник на армяно-азербайджанской границе, в районе села Сотк Гегаркуникской области Армении, произошла перестрелка.", ["f1"], [("loaded", "neutral", "перестрелка")]),
                ("По данным Минобороны Армении, один военнослужащий погиб, ещё трое ранены.", ["f2", "f3"], [att("По данным"), ("agency", "agentless", "ранены")]),
                ("Перестрелка, как сообщается, продолжалась около двух часов.", ["f7"], [("hedge", "hearsay", "как сообщается"), ("loaded", "neutral", "Перестрелка")]),
            ],
            [
                ("В Ереване утверждают, что огонь первыми открыли азербайджанские подразделения, применившие стрелковое оружие и миномёты.", ["f5"], [doubt("утверждают")]),
                ("Минобороны Азербайджана, в свою очередь, заявило, что первыми огонь по позициям азербайджанской армии в Кельбаджарском районе открыли армянские подразделения, и сообщило о принятых «ответных мерах».", ["f6"], [att("заявило"), att("сообщило"), ("scare-quote", "distancing", "«ответных мерах»")]),
                ("По данным азербайджанской стороны, ранен один её военнослужащий.", ["f4"], [att("По данным"), ("agency", "agentless", "ранен")]),
            ],
            [
                ("Несколько десятков семей с детьми, по информации местных властей, покинули Сотк и перебрались в Варденис.", ["f9"], [att("по информации"), mv("departure", "покинули")]),
                ("Патрули так называемой Миссии ЕС в Армении выезжали на место, но так и не смогли установить, кто начал стрельбу.", ["f11"], [("scare-quote", "marker", "так называемой")]),
            ],
            [
                ("МИД России призвал Ереван и Баку к сдержанности.", ["f12"], []),
                ("Москва, подчеркнули на Смоленской площади, по-прежнему готова содействовать урегулированию.", ["f12"], [att("подчеркнули")]),
                ("Напомним, что в 2024 году Ереван заморозил участие в ОДКБ, на которую прежде рассчитывал в вопросах безопасности границы.", [], []),
                ("Эксперты не исключают, что инцидент осложнит и без того непростой переговорный процесс.", [], [att("не исключают")]),
                ("Заседание комиссий по делимитации границы намечено на 10 ноября.", ["f15"], []),
            ],
        ],
    },
    "az-yurd-sesi.txt": {
        "header": " date 2026-11-03 (Yurd səsi)",
        "paragraphs": [
            [("Ermənistan silahlı qüvvələri Kəlbəcər istiqamətində mövqelərimizi atəşə tutub", ["f1", "f6"], [])],
            [
                ("Azərbaycan Müdafiə Nazirliyinin məlumatına görə, noyabrın 3-ü saat 01:40 radələrində Ermənistan silahlı qüvvələrinin bölmələri Basarkeçər rayonu istiqamətindən Kəlbəcər rayonu ərazisində yerləşən mövqelərimizi atıcı silahlardan atəşə tutub.", ["f1", "f6"], [att("məlumatına görə")]),
                ("Bölmələrimiz tərəfindən adekvat cavab tədbirləri görülüb, düşmənin atəş nöqtələri susdurulub.", ["f6"], []),
                ("Atışma təxminən 40 dəqiqə davam edib.", ["f7"], [("loaded", "neutral", "Atışma")]),
            ],
            [
                ("Erməni təxribatçılarının açdığı atəş nəticəsində bir hərbi qulluqçumuz yüngül yaralanıb, onun həyatı üçün təhlükə yoxdur.", ["f4"], [label("təxribatçılarının")]),
                ("Ermənistan Müdafiə Nazirliyi isə atəşin Azərbaycan tərəfindən açıldığını iddia edir.", ["f5"], [doubt("iddia edir")]),
                ("Azərbaycan Müdafiə Nazirliyi bu iddiaları tamamilə əsassız adlandırıb.", [], [doubt("iddiaları"), ("booster", "booster", "tamamilə"), doubt("əsassız")]),
                ("Erməni mediası Zod kəndi yaxınlığında bir erməni hərbçisinin öldüyünü yazır.", ["f2"], [att("yazır")]),
            ],
            [
                ("Türkiyə Xarici İşlər Nazirliyi Ermənistanın təxribatını pisləyib və Azərbaycanın yanında olduğunu vurğulayıb.", ["f14"], [att("pisləyib"), att("vurğulayıb"), ("loaded", "contested", "təxribatını")]),
                ("Xatırladaq ki, iki ölkə arasında sülh sazişinin mətni 2025-ci ilin avqustunda Vaşinqtonda paraflanıb.", ["f16"], []),
                ("Dövlət komissiyalarının sərhədin delimitasiyası üzrə növbəti iclası noyabrın 10-na planlaşdırılıb.", ["f15"], []),
                ("Qeyd edək ki, Zod qızıl yatağının bir hissəsi Kəlbəcər rayonunun ərazisində yerləşir.", [], []),
            ],
        ],
    },
    "hy-lusabats.txt": {
        "header": " date 2026-11-03 (Լուսաբաց)",
        "paragraphs": [
            [("Ադրբեջանական զինուժը կրակ է բացել Սոթքի ուղղությամբ, կան զոհ և վիրավորներ", ["f1", "f5", "f2", "f3"], [])],
            [
                ("ՀՀ պաշտպանության նախարարության տեղեկատվությամբ՝ նոյեմբերի 3-ի գիշերը՝ ժամը 02:00-ի սահմաններում, ադրբեջանական զինուժը հրաձգային զենքից և ականանետերից կրակ է բացել Գեղարքունիքի մարզի Սոթք գյուղի մերձակայքում տեղակայված հայկական մարտական դիրքերի ուղղությամբ։", ["f1", "f5"], [att("տեղեկատվությամբ")]),
                ("Ադրբեջանական կողմի կրակոցից զոհվել է ժամկետային զինծառայող, 20-ամյա Արսեն Թադևոսյանը։", ["f2"], []),
                ("Հակառակորդի կրակից վիրավորվել են ևս երեք զինծառայող, որոնցից մեկի վիճակը ծանր է։", ["f3"], []),
                ("Կրակոցները շարունակվել են շուրջ երկու ժամ։", ["f7"], []),
            ],
            [
                ("Ադրբեջանական կրակոցներից վնասվել է Սոթքի երեք բնակելի տուն, խաղաղ բնակիչներից տուժածներ չկան։", ["f8"], []),
                ("Երեխաներ ունեցող մոտ երեսուն ընտանիք ստիպված է եղել լքել գյուղը և տեղափոխվել Վարդենիս։", ["f9"], [mv("forced", "ստիպված է եղել լքել")]),
                ("Ադրբեջանի ՊՆ-ն, իր հերթին, պնդում է, թե առաջինը կրակ են բացել հայկական ստորաբաժանումները՝ Քարվաճառի ուղղությամբ։", ["f6"], [doubt("պնդում է")]),
                ("ՀՀ ՊՆ-ն այդ հայտարարությունը որակել է ապատեղեկատվություն։", [], [att("որակել է")]),
            ],
            [
                ("ԵՄ դիտորդական առաքելության պարեկներն այցելել են միջադեպի վայր։", ["f11"], []),
                ("Առաքելությունը, սակայն, հայտարարել է, որ չի կարող պարզել, թե որ կողմն է առաջինը կրակ բացել։", ["f11"], [att("հայտարարել է")]),
                ("Սա 2025 թվականի օգոստոսին խաղաղության համաձայնագրի նախաստորագրումից հետո սահմանին առաջին միջադեպն է, որի հետևանքով կա զոհ։", ["f10", "f16"], []),
                ("Իրանի ԱԳՆ-ն մտահոգություն է հայտնել և կոչ արել կողմերին տարաձայնությունները լուծել երկխոսության միջոցով։", ["f13"], []),
                ("Ադրբեջանը 2021–2022 թվականներից ի վեր օկուպացրել է Հայաստանի ինքնիշխան տարածքի մոտ 200 քառակուսի կիլոմետր, այդ թվում՝ Սոթքի շրջակայքի բարձունքներ։", [], [("loaded", "hy-frame", "օկուպացրել")]),
            ],
        ],
    },
    "tr-bozkir-postasi.txt": {
        "header": " date 2026-11-03 (Bozkır Postası)",
        "paragraphs": [
            [("Ermenistan'dan Azerbaycan mevzilerine ateş, Ankara'dan sert tepki", ["f1", "f6", "f14"], [])],
            [
                ("Azerbaycan Savunma Bakanlığı, Ermenistan Silahlı Kuvvetlerine bağlı birliklerin pazartesiyi salıya bağlayan gece Kelbecer bölgesindeki Azerbaycan mevzilerini hafif silahlarla ateş altına aldığını açıkladı.", ["f1", "f6"], [att("açıkladı")]),
                ("Bakanlığın açıklamasına göre, Azerbaycan ordusu birlikleri misilleme yaparak düşmanın ateş noktalarını susturdu.", ["f6"], [att("açıklamasına göre")]),
                ("Çatışmada iki Azerbaycan askeri hafif yaralandı.", ["f4"], [("agency", "agentless", "yaralandı"), ("loaded", "neutral", "Çatışmada")]),
            ],
            [
                ("Ermeni tarafı ise ilk ateşin Azerbaycan güçlerince açıldığını iddia ediyor.", ["f5"], [doubt("iddia ediyor")]),
                ("Erivan'ın açıklamasına göre Sotk köyü yakınlarında yaşanan olayda bir Ermeni askeri öldü, iki asker de yaralandı.", ["f2", "f3"], [att("açıklamasına göre"), ("agency", "agentless", "yaralandı")]),
            ],
            [
                ("Türkiye Dışişleri Bakanlığı, yazılı açıklamasında Ermenistan'ın provokasyonunu şiddetle kınadı.", ["f14"], [att("kınadı"), ("loaded", "contested", "provokasyonunu")]),
                ("Açıklamada, “Kardeş Azerbaycan'ın yanında olmaya devam edeceğiz” ifadelerine yer verildi.", ["f14"], [att("ifadelerine yer verildi")]),
                ("Rusya Dışişleri Bakanlığı ise taraflara itidal çağrısı yaptı.", ["f12"], []),
                ("Bölgede sözde “gözlemci” olarak bulunan AB misyonu da ilk ateşi hangi tarafın açtığını tespit edemediğini duyurdu.", ["f11"], [("scare-quote", "marker", "sözde"), ("scare-quote", "distancing", "“gözlemci”"), att("duyurdu")]),
                ("İki ülkenin sınır belirleme komisyonlarının 10 Kasım'da bir araya gelmesi bekleniyor.", ["f15"], [("hedge", "uncertain", "bekleniyor")]),
            ],
            [
                ("Kelbecer, 2020 sonbaharında imzalanan ateşkes anlaşmasıyla Azerbaycan'a iade edilmişti.", [], [("loaded", "neutral", "ateşkes")]),
                ("Türk şirketleri son yıllarda bölgede yol ve tünel inşaatlarında yer alıyor.", [], []),
            ],
        ],
    },
    "fa-payam-e-aras.txt": {
        "header": " date 2026-11-04 (پیام ارس)",
        "paragraphs": [
            [("تهران خواستار خویشتنداری در درگیری مرزی جمهوری آذربایجان و ارمنستان شد", ["f1", "f13"], [("loaded", "neutral", "درگیری")])],
            [
                ("در پی تبادل آتش در مرز جمهوری آذربایجان و ارمنستان در بامداد سه‌شنبه، یک سرباز ارمنی کشته و دست‌کم دو نفر دیگر زخمی شدند.", ["f1", "f2", "f3"], [("agency", "agentless", "کشته"), ("agency", "agentless", "زخمی شدند"), ("loaded", "neutral", "تبادل آتش")]),
                ("این درگیری در نزدیکی شهر وردنیس در شرق ارمنستان و در برابر منطقه کلبجر جمهوری آذربایجان روی داد.", ["f1"], [("loaded", "neutral", "درگیری")]),
            ],
            [
                ("وزارت دفاع ارمنستان اعلام کرد که نیروهای جمهوری آذربایجان نخست با سلاح سبک و خمپاره به مواضع ارتش ارمنستان شلیک کردند.", ["f5"], [att("اعلام کرد")]),
                ("در مقابل، وزارت دفاع جمهوری آذربایجان مدعی شد که نیروهای ارمنستان آتش را آغاز کرده‌اند و ارتش این کشور تنها به آن پاسخ داده است.", ["f6"], [doubt("مدعی شد")]),
                ("به گفته باکو، یک نظامی آذربایجانی نیز مجروح شده است.", ["f4"], [att("به گفته"), ("agency", "agentless", "مجروح شده است")]),
            ],
            [
                ("گفته می‌شود حدود چهل خانواده دارای فرزند، روستای مرزی سوتک را ترک کرده و به وردنیس رفته‌اند.", ["f9"], [("hedge", "hearsay", "گفته می‌شود"), mv("departure", "ترک کرده")]),
                ("مأموریت اتحادیه اروپا در ارمنستان اعلام کرد گشت‌هایش را به منطقه فرستاده، اما نمی‌تواند مشخص کند کدام طرف نخست آتش گشوده است.", ["f11"], [att("اعلام کرد")]),
                ("این نخستین درگیری مرگبار در مرز دو کشور از زمان پاراف شدن توافق‌نامه صلح در مرداد ۱۴۰۴ است.", ["f10", "f16"], [("loaded", "neutral", "درگیری")]),
            ],
            [
                ("سخنگوی وزارت امور خارجه ایران با ابراز نگرانی از این درگیری، از دو طرف خواست اختلافات خود را از راه گفت‌وگو حل کنند.", ["f13"], [("loaded", "neutral", "درگیری")]),
                ("وی تأکید کرد که جمهوری اسلامی ایران هرگونه تغییر در مرزهای شناخته‌شده بین‌المللی منطقه را نمی‌پذیرد.", ["f13"], [att("تأکید کرد")]),
                ("وی همچنین حضور نیروهای فرامنطقه‌ای در قفقاز جنوبی را عامل بی‌ثباتی دانست.", [], [att("دانست")]),
                ("مسکو نیز طرفین را به خویشتنداری فراخواند.", ["f12"], []),
                ("ارمنستان از طریق استان سیونیک با ایران مرز مشترک دارد.", [], []),
            ],
        ],
    },
    "de-kaukasus-rundschau.txt": {
        "header": " date 2026-11-04 (Kaukasus-Rundschau)",
        "paragraphs": [
            [("Tödliche Schüsse an der armenisch-aserbaidschanischen Grenze", ["f1", "f2"], [])],
            [
                ("Bei einem Schusswechsel an der Grenze zwischen Armenien und Aserbaidschan ist in der Nacht zum Dienstag ein armenischer Soldat getötet worden.", ["f1", "f2"], [("agency", "agentless", "getötet worden"), ("loaded", "neutral", "Schusswechsel")]),
                ("Zwei weitere Soldaten wurden verletzt, wie das armenische Verteidigungsministerium mitteilte.", ["f3"], [("agency", "agentless", "wurden verletzt"), att("mitteilte")]),
                ("Der Vorfall ereignete sich nahe dem Dorf Sotk in der Provinz Gegharkunik, gegenüber dem aserbaidschanischen Bezirk Kelbadschar.", ["f1"], []),
                ("Die Schüsse sollen mehr als drei Stunden angedauert haben.", ["f7"], [("hedge", "hearsay", "sollen")]),
            ],
            [
                ("Eriwan wirft den aserbaidschanischen Streitkräften vor, zuerst mit Handfeuerwaffen und Mörsern auf armenische Stellungen geschossen zu haben.", ["f5"], [att("wirft")]),
                ("Das aserbaidschanische Verteidigungsministerium bestreitet das und behauptet, armenische Einheiten hätten zuerst auf Stellungen im Bezirk Kelbadschar gefeuert.", ["f6"], [att("bestreitet"), doubt("behauptet")]),
                ("In Sotk wurden zwei Wohnhäuser beschädigt, Zivilisten kamen nicht zu Schaden.", ["f8"], [("agency", "agentless", "beschädigt")]),
            ],
            [
                ("Die EU-Mission in Armenien schickte Patrouillen in das Gebiet.", ["f11"], []),
                ("Wer zuerst geschossen hat, konnten die Beobachter nach eigenen Angaben nicht feststellen.", ["f11"], [att("nach eigenen Angaben")]),
                ("Russland rief beide Seiten zur Zurückhaltung auf und bot erneut seine Vermittlung an.", ["f12"], []),
                ("Es ist der erste tödliche Zwischenfall an der Grenze, seit beide Länder im August 2025 in Washington ein Friedensabkommen paraphiert haben.", ["f10", "f16"], []),
            ],
            [
                ("Nahe Sotk liegt die größte Goldmine Armeniens.", [], []),
                ("Bei den Kämpfen im September 2022 hatten aserbaidschanische Truppen auch Sotk beschossen.", [], [("loaded", "neutral", "Kämpfen")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (g), held out: displaced Karabakh Armenians are let through the Hakari bridge checkpoint
# to visit their relatives' graves in Stepanakert (Khankendi), and a protest follows in Yerevan.
# Written without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned
# on. Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_G = {
    "g1": "On Saturday 17 October a convoy of displaced Karabakh Armenians crossed into Karabakh through the Azerbaijani checkpoint at the Hakari bridge on the Lachin road",
    "g2": "About 150 people took part, in five buses (az: 146; hy: 163; ru: almost 200; ar: four buses)",
    "g3": "They visited their relatives' graves at the city cemetery of Stepanakert (Khankendi)",
    "g4": "It was the first organised visit since more than 100,000 Armenians left Karabakh in September 2023",
    "g5": "The visit was arranged through the ICRC, whose staff accompanied the convoy",
    "g6": "The visitors had about four hours at the cemetery (az: about five; fr: barely three)",
    "g7": "Azerbaijani police escorted them and they were not allowed to go to their former homes or elsewhere in the city",
    "g8": "Visitors said many gravestones had been damaged, smashed or were missing (the Armenian account)",
    "g9": "Baku says the cemetery is maintained, denies any damage and calls the reports a provocation (the Azerbaijani account)",
    "g10": "A priest held a short requiem service at the cemetery",
    "g11": "A man carrying a flag of the Nagorno-Karabakh Republic was stopped at the checkpoint and sent back (hy: held about two hours)",
    "g12": "Azerbaijan's foreign ministry spokesman Anar Ismayilzada called the visit a humanitarian gesture and said Armenians accepting Azerbaijani citizenship may return",
    "g13": "Armenia's foreign ministry welcomed the visit and hoped such visits would become regular",
    "g14": "Protesters rallied outside the government building in Yerevan, calling the visit humiliating and demanding a guaranteed right of return (several hundred; ru: about 500; hy: about 2,000)",
    "g15": "The convoy returned to Armenia (Goris) that evening (az: around 18:00; ru: late in the evening)",
    "g16": "In September 2023 more than 100,000 Armenians (most of Karabakh's Armenians) left Karabakh after Azerbaijan's offensive (background)",
    "g17": "Azerbaijan took full control of Karabakh in a one-day (lightning) offensive in September 2023 (background)",
}

ARTICLES_G = {
    "en-caspian-review.txt": {
        "header": " date 2026-10-17 (Caspian Review)",
        "paragraphs": [
            [("Displaced Karabakh Armenians visit family graves in Stepanakert for first time since 2023 exodus", ["g3", "g4"], [mv("displaced", "Displaced"), mv("exodus", "exodus")])],
            [
                ("About 150 Armenians who fled Nagorno-Karabakh three years ago crossed back into the region on Saturday in a convoy of five buses to visit the graves of their relatives.", ["g1", "g2"], [mv("forced", "fled")]),
                ("The convoy passed through the Azerbaijani checkpoint at the Hakari bridge on the Lachin road shortly after nine in the morning, accompanied by staff of the International Committee of the Red Cross.", ["g1", "g5"], []),
                ("The ICRC said it had arranged the visit at the request of both governments after months of quiet talks.", ["g5"], [att("said")]),
            ],
            [
                ("In the cemetery of Stepanakert, which Azerbaijan calls Khankendi, elderly women laid flowers and scrubbed the headstones of parents, husbands and sons.", ["g3"], []),
                ("The visitors were given about four hours there.", ["g6"], []),
                ("Several of them said dozens of gravestones had been smashed or were missing, and showed reporters photographs taken on their phones.", ["g8"], [att("said"), ("agency", "agentless", "had been smashed")]),
                ("Azerbaijan's foreign ministry rejected the accusation, saying the cemetery had been cleaned and maintained, and called the reports a provocation.", ["g9"], [att("rejected"), att("saying"), att("called"), ("loaded", "contested", "provocation")]),
            ],
            [
                ("Its spokesman, Anar Ismayilzada, described the visit as a humanitarian gesture and said Armenians who accepted Azerbaijani citizenship were free to return.", ["g12"], [att("described"), att("said")]),
                ("More than 100,000 Armenians left Karabakh within a week in September 2023, after a one-day Azerbaijani offensive ended three decades of rule by the breakaway authorities.", ["g16", "g17"], [mv("departure", "left"), ("loaded", "neutral", "offensive"), ("polity-label", "separatist", "breakaway authorities")]),
                ("Saturday's trip was the first organised visit since then.", ["g4"], []),
            ],
            [
                ("The buses returned to the Armenian town of Goris in the evening.", ["g15"], []),
                ("In September 2023 Goris was crowded for days with refugees arriving from Karabakh.", [], []),
            ],
        ],
    },
    "ru-vechernii-kavkaz.txt": {
        "header": " date 2026-10-18 (Вечерний Кавказ)",
        "paragraphs": [
            [("Карабахские армяне впервые за три года побывали на могилах родных в Ханкенди", ["g3", "g4"], [])],
            [
                ("В субботу колонна автобусов с армянами, покинувшими Нагорный Карабах осенью 2023 года, прошла азербайджанский КПП у моста Хакари на Лачинской дороге.", ["g1"], [mv("departure", "покинувшими")]),
                ("По информации организаторов, в поездке участвовали почти двести человек, в основном пожилые люди и вдовы погибших военных.", ["g2"], [att("По информации")]),
                ("Это первая подобная поездка с сентября 2023 года, когда после однодневной военной операции Баку Карабах покинули более ста тысяч армян.", ["g4", "g16", "g17"], [("loaded", "neutral", "военной операции"), mv("departure", "покинули")]),
            ],
            [
                ("На городском кладбище Ханкенди (Степанакерта) люди приводили в порядок могилы и зажигали свечи.", ["g3"], []),
                ("Передвигаться по городу, как сообщается, участникам не разрешили: колонну всё время сопровождала азербайджанская полиция.", ["g7"], [("hedge", "hearsay", "как сообщается")]),
                ("По словам нескольких паломников, многие надгробия разбиты, а часть могил и вовсе исчезла.", ["g8"], [att("По словам"), ("agency", "agentless", "разбиты")]),
                ("В Баку утверждают, что кладбище содержится в порядке.", ["g9"], [doubt("утверждают")]),
                ("Сообщения о вандализме там называют провокацией.", ["g9"], [att("называют"), ("loaded", "contested", "провокацией")]),
            ],
            [
                ("МИД Армении приветствовал поездку и выразил надежду, что такие визиты станут регулярными.", ["g13"], [att("приветствовал"), att("выразил надежду")]),
                ("Тем временем около пятисот человек собрались у здания правительства в Ереване, назвав поездку «унизительной» и потребовав гарантий права на возвращение.", ["g14"], [att("назвав"), ("scare-quote", "distancing", "«унизительной»")]),
                ("Армянская оппозиция давно обвиняет Никола Пашиняна в «сдаче» Карабаха.", [], [att("обвиняет"), ("scare-quote", "distancing", "«сдаче»")]),
            ],
            [
                ("Напомним, что российский миротворческий контингент, введённый в Карабах в ноябре 2020 года, полностью покинул регион в июне 2024-го.", [], []),
                ("Колонна вернулась в Горис поздно вечером.", ["g15"], []),
            ],
        ],
    },
    "az-ana-torpaq.txt": {
        "header": " date 2026-10-17 (Ana torpaq)",
        "paragraphs": [
            [("Qarabağın keçmiş erməni sakinləri Xankəndidəki qəbiristanlığı ziyarət edib", ["g3"], [("loaded", "az-frame", "erməni sakinləri")])],
            [
                ("Oktyabrın 17-də Qarabağın keçmiş erməni sakinlərindən ibarət 146 nəfərlik qrup Laçın rayonundakı Həkəri körpüsü sərhəd-buraxılış məntəqəsindən Azərbaycan ərazisinə daxil olub.", ["g1", "g2"], [("loaded", "az-frame", "erməni sakinlərindən")]),
                ("Səfər Beynəlxalq Qırmızı Xaç Komitəsinin vasitəçiliyi ilə təşkil olunub.", ["g5"], []),
                ("Qrup polis müşayiəti ilə Xankəndi şəhər qəbiristanlığına aparılıb və orada təxminən beş saat qalıb.", ["g3", "g6", "g7"], []),
            ],
            [
                ("Sərhəd-buraxılış məntəqəsində yoxlama zamanı əşyaları arasında sözdə “DQR”-in bayrağı aşkar edilən bir şəxs saxlanılıb və geri qaytarılıb.", ["g11"], [("scare-quote", "marker", "sözdə"), ("scare-quote", "distancing", "“DQR”"), ("agency", "agentless", "saxlanılıb"), ("polity-label", "delegitimising", "sözdə “DQR”")]),
                ("XİN-in mətbuat katibi Anar İsmayılzadə səfəri humanitar jest kimi qiymətləndirib.", ["g12"], [att("qiymətləndirib")]),
                ("Onun sözlərinə görə, Azərbaycan vətəndaşlığını və qanunlarını qəbul edən ermənilər Qarabağa qayıda bilərlər.", ["g12"], [att("sözlərinə görə")]),
            ],
            [
                ("Bəzi erməni media orqanları isə qəbirlərin dağıdıldığını iddia edir.", ["g8"], [doubt("iddia edir"), ("agency", "agentless", "dağıdıldığını")]),
                ("Nazirlik bu iddiaları tamamilə əsassız adlandırıb və qəbiristanlığın səliqəyə salındığını bildirib.", ["g9"], [doubt("iddiaları"), ("booster", "booster", "tamamilə"), doubt("əsassız"), att("adlandırıb"), att("bildirib")]),
                ("Qrup axşam saat 18:00 radələrində Ermənistan ərazisinə qayıdıb.", ["g15"], []),
            ],
            [
                ("Xatırladaq ki, 2023-cü ilin sentyabrında keçirilən lokal xarakterli antiterror tədbirlərindən sonra Qarabağın erməni sakinlərinin böyük əksəriyyəti bölgəni könüllü olaraq tərk edib.", ["g16"], [("loaded", "az-frame", "lokal xarakterli antiterror"), ("loaded", "az-frame", "erməni sakinlərinin"), mv("voluntary", "könüllü olaraq"), mv("departure", "tərk edib")]),
                ("Hazırda Xankəndidə Böyük Qayıdış proqramı çərçivəsində yaşayış binaları, məktəblər və xəstəxanalar bərpa olunur.", [], [("loaded", "az-frame", "Böyük Qayıdış")]),
            ],
        ],
    },
    "hy-hayatsk.txt": {
        "header": " date 2026-10-17 (Հայացք)",
        "paragraphs": [
            [("Բռնի տեղահանված արցախցիներն այցելել են Ստեփանակերտի գերեզմանատուն", ["g3"], [mv("forced", "Բռնի տեղահանված")])],
            [
                ("Շաբաթ օրը 163 արցախցի հինգ ավտոբուսով Հակարիի կամրջի մոտ Ադրբեջանի տեղադրած ապօրինի անցակետով մտել են Արցախ՝ հարազատների շիրիմներին այցելելու։", ["g1", "g2"], [("loaded", "hy-frame", "ապօրինի")]),
                ("Դա առաջին նման այցն է 2023 թվականի սեպտեմբերի էթնիկ զտումից ի վեր։", ["g4"], [("loaded", "hy-frame", "էթնիկ զտումից")]),
            ],
            [
                ("Ստեփանակերտի քաղաքային գերեզմանատանը մարդիկ ծաղիկներ ու մոմեր են դրել հարազատների շիրիմներին։", ["g3"], []),
                ("Այստեղ են թաղված նաև Արցախյան պատերազմներում զոհված բազմաթիվ ազատամարտիկներ։", [], [("armed-label", "legitimising", "ազատամարտիկներ")]),
                ("Տեր Գրիգոր քահանան գերեզմանատանը հոգեհանգստի կարճ արարողություն է մատուցել։", ["g10"], []),
                ("Ականատեսների խոսքով՝ տասնյակ տապանաքարեր ջարդված են, իսկ որոշ շիրիմներ պղծվել են։", ["g8"], [att("խոսքով"), ("agency", "agentless", "ջարդված են"), ("agency", "agentless", "պղծվել են")]),
                ("Ադրբեջանական ոստիկանները թույլ չեն տվել այցելուներին մոտենալ իրենց նախկին տներին։", ["g7"], []),
            ],
            [
                ("Ադրբեջանի ԱԳՆ-ն պնդում է, թե գերեզմանատունը խնամված է, և պղծման մասին տեղեկություններն անվանում է «սադրանք»։", ["g9"], [doubt("պնդում է"), att("անվանում է"), ("scare-quote", "distancing", "«սադրանք»"), ("loaded", "contested", "սադրանք")]),
                ("Անցակետում ադրբեջանցի սահմանապահները մոտ երկու ժամ պահել են մի տղամարդու, որի պայուսակում Արցախի դրոշ էին գտել։", ["g11"], [("polity-label", "legitimising", "Արցախի դրոշ")]),
                ("Այնուհետև նրան հետ են ուղարկել Հայաստան։", ["g11"], []),
            ],
            [
                ("ՀՀ ԱԳՆ-ն ողջունել է այցը և հույս հայտնել, որ նման այցերը պարբերական կդառնան։", ["g13"], [att("ողջունել է"), att("հույս հայտնել")]),
                ("Ընդդիմադիր պատգամավորները կառավարության արձագանքը «ամոթալի» են որակել։", [], [att("որակել"), ("scare-quote", "distancing", "«ամոթալի»")]),
                ("Երեկոյան Կառավարության շենքի մոտ հավաքված մոտ երկու հազար մարդ, այդ թվում՝ բազմաթիվ արցախցիներ, պահանջել են անվտանգ վերադարձի իրավունքի միջազգային երաշխիքներ։", ["g14"], []),
            ],
        ],
    },
    "ka-mtebis-matsne.txt": {
        "header": " date 2026-10-18 (მთების მაცნე)",
        "paragraphs": [
            [("ყარაბაღელი სომხები სამი წლის შემდეგ პირველად ეწვივნენ ახლობლების საფლავებს", ["g3", "g4"], [])],
            [
                ("შაბათს დილით 2023 წელს ყარაბაღიდან წასული დაახლოებით 150 სომეხი ხუთი ავტობუსით ლაჩინის დერეფნის გავლით ყარაბაღში შევიდა.", ["g1", "g2"], [mv("departure", "წასული")]),
                ("ვიზიტი წითელი ჯვრის საერთაშორისო კომიტეტის შუამავლობით მოეწყო.", ["g5"], []),
                ("ეს პირველი ორგანიზებული ვიზიტია 2023 წლის სექტემბრის შემდეგ, როდესაც ყარაბაღი 100 ათასზე მეტმა სომეხმა დატოვა.", ["g4", "g16"], [mv("departure", "დატოვა")]),
            ],
            [
                ("სტეფანაკერტის (ხანქენდის) სასაფლაოზე სტუმრებმა დაახლოებით ოთხი საათი გაატარეს.", ["g3", "g6"], []),
                ("ზოგიერთი მონაწილის თქმით, ათობით საფლავის ქვა დაზიანებულია.", ["g8"], [att("თქმით"), ("agency", "agentless", "დაზიანებულია")]),
                ("აზერბაიჯანის საგარეო საქმეთა სამინისტრო ამ ინფორმაციას უარყოფს და ამტკიცებს, რომ სასაფლაო მოვლილია.", ["g9"], [att("უარყოფს"), doubt("ამტკიცებს")]),
            ],
            [
                ("სომხეთის საგარეო საქმეთა სამინისტრომ ვიზიტი დადებითად შეაფასა და იმედი გამოთქვა, რომ ასეთი მოგზაურობები რეგულარული გახდება.", ["g13"], [att("შეაფასა"), att("იმედი გამოთქვა")]),
                ("იმავე დღეს ერევანში, მთავრობის შენობასთან, რამდენიმე ასეულმა ადამიანმა საპროტესტო აქცია გამართა.", ["g14"], []),
                ("მომიტინგეებმა ვიზიტს დამამცირებელი უწოდეს და დაბრუნების უფლების გარანტიები მოითხოვეს.", ["g14"], [att("უწოდეს")]),
            ],
            [
                ("ჰაკარის ხიდზე საკონტროლო-გამშვები პუნქტი აზერბაიჯანმა 2023 წლის აპრილში მოაწყო.", [], []),
                ("სტუმრების უმეტესობას გორისში ნაყიდი ყვავილები და სანთლები ჰქონდა.", [], []),
            ],
        ],
    },
    "fr-lettre-d-ararat.txt": {
        "header": " date 2026-10-18 (La Lettre d'Ararat)",
        "paragraphs": [
            [("Les Arméniens chassés du Haut-Karabakh autorisés à se recueillir sur les tombes de leurs proches", ["g3"], [mv("expelled", "chassés")])],
            [
                ("Pour la première fois depuis le nettoyage ethnique de septembre 2023, des Arméniens de l'Artsakh ont pu revoir, samedi, les tombes de leurs proches à Stepanakert.", ["g3", "g4"], [("loaded", "hy-frame", "nettoyage ethnique")]),
                ("Partis à l'aube de Goris, leurs autobus ont franchi le poste de contrôle installé par Bakou sur le pont Hakari, à l'entrée du corridor de Latchine.", ["g1"], []),
                ("Sur place, ils n'ont eu droit qu'à trois petites heures.", ["g6"], []),
            ],
            [
                ("Ils étaient encadrés en permanence par des policiers azerbaïdjanais.", ["g7"], []),
                ("Impossible, pour eux, de se rendre dans leurs anciennes maisons, parfois situées à quelques rues du cimetière.", ["g7"], []),
                ("Un prêtre venu d'Etchmiadzine a célébré un bref requiem entre les tombes.", ["g10"], []),
                ("Plusieurs familles racontent avoir trouvé des stèles renversées ou brisées, et des photos du cimetière circulaient dès le soir sur les réseaux sociaux.", ["g8"], [att("racontent"), ("agency", "agentless", "renversées ou brisées")]),
                ("Bakou prétend au contraire que le cimetière est parfaitement entretenu et dénonce une « provocation ».", ["g9"], [doubt("prétend"), ("booster", "booster", "parfaitement"), att("dénonce"), ("scare-quote", "distancing", "« provocation »"), ("loaded", "contested", "provocation")]),
            ],
            [
                ("À Erevan, le ministère des Affaires étrangères a salué un geste positif et souhaité que ces visites deviennent régulières.", ["g13"], [att("salué"), att("souhaité")]),
                ("Plusieurs centaines de personnes se sont pourtant rassemblées devant le siège du gouvernement pour dénoncer une visite « humiliante » et réclamer un droit au retour garanti.", ["g14"], [att("dénoncer"), ("scare-quote", "distancing", "« humiliante »")]),
            ],
            [
                ("L'offensive éclair de septembre 2023, que Bakou qualifie de « mesures antiterroristes », avait provoqué l'exode de plus de 100 000 Arméniens en une semaine.", ["g16", "g17"], [att("qualifie"), ("scare-quote", "distancing", "« mesures antiterroristes »"), ("loaded", "neutral", "offensive éclair"), mv("exodus", "exode"), ("loaded", "az-frame", "mesures antiterroristes")]),
                ("Avant l'exode, Stepanakert comptait plus de 50 000 habitants.", [], [mv("exodus", "exode")]),
            ],
        ],
    },
    "ar-sada-al-qawqaz.txt": {
        "header": " date 2026-10-18 (صدى القوقاز)",
        "paragraphs": [
            [("أرمن نازحون من قره باغ يزورون قبور ذويهم في خانكندي لأول مرة منذ 2023", ["g3", "g4"], [mv("displaced", "نازحون")])],
            [
                ("عبرت قافلة من أربع حافلات تقل نحو 150 أرمنياً، صباح السبت، نقطة التفتيش الأذربيجانية عند جسر هاكاري على طريق لاتشين.", ["g1", "g2"], []),
                ("وجرت الزيارة بوساطة اللجنة الدولية للصليب الأحمر التي رافق موظفوها القافلة.", ["g5"], []),
                ("وأمضى الزوار نحو أربع ساعات في مقبرة المدينة التي يسميها الأرمن ستيباناكيرت.", ["g3", "g6"], []),
                ("وهذه أول زيارة منظمة من نوعها منذ أن نزح أكثر من مئة ألف أرمني من الإقليم في سبتمبر/أيلول 2023.", ["g4", "g16"], [mv("displaced", "نزح")]),
            ],
            [
                ("وبحسب وسائل إعلام أرمنية، منعت السلطات الأذربيجانية رجلاً من العبور بعد العثور على علم جمهورية آرتساخ المعلنة من جانب واحد في حقيبته.", ["g11"], [att("بحسب"), ("polity-label", "unrecognised", "المعلنة من جانب واحد")]),
                ("وقال المتحدث باسم وزارة الخارجية الأذربيجانية أنار إسماعيل زاده إن الزيارة «بادرة إنسانية».", ["g12"], [att("قال"), ("scare-quote", "distancing", "«بادرة إنسانية»")]),
                ("وأضاف أن بإمكان الأرمن الذين يقبلون الجنسية الأذربيجانية العودة للعيش في قره باغ.", ["g12"], [att("أضاف")]),
            ],
            [
                ("في المقابل، تظاهر المئات في يريفان أمام مقر الحكومة، مطالبين بضمانات دولية لحق العودة.", ["g14"], []),
                ("وعادت الحافلات إلى بلدة غوريس الأرمنية مساء اليوم نفسه.", ["g15"], []),
            ],
            [
                ("وكانت أذربيجان قد استعادت السيطرة الكاملة على الإقليم إثر هجوم خاطف استمر يوماً واحداً.", ["g17"], [("loaded", "neutral", "هجوم")]),
                ("ويعيش معظم النازحين اليوم في يريفان وضواحيها.", [], [mv("displaced", "النازحين")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (h), held out: the first test freight train runs on the rebuilt railway section through
# Armenia's Meghri area (Syunik), linking Azerbaijan's mainland with Nakhchivan. Written without
# looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/)
# or the aligner (src/), so it measures the tool on text it was not tuned on. Keep it that way:
# do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_H = {
    "h1": "A first test freight train ran on the rebuilt railway section through Armenia's Meghri area (Syunik), from Azerbaijan's mainland to the Nakhchivan exclave, on Thursday 3 December",
    "h2": "The train had 20 wagons (ru: 24; hy: 18; fr, de: about twenty)",
    "h3": "It carried about 1,200 tonnes of cement and construction steel (az: 1,350 tonnes; de: about 1,000)",
    "h4": "Crossing the Armenian section took about three hours (ru: almost four; az: 2 hours 40 minutes, not counting the checks)",
    "h5": "Armenian border and customs checks at Meghri station took about two hours (hy: an hour and a half; az: more than three hours, which Baku found too long)",
    "h6": "Armenian deputy prime minister Mher Grigoryan and Azerbaijani deputy prime minister Shahin Mustafayev were at Meghri station (en, fr: with a US State Department envoy)",
    "h7": "Rebuilding the Armenian section cost about 410 million dollars (es: about 400 million; hy: 380 million; ru: almost half a billion)",
    "h8": "Armenian border guards escorted the sealed train along the whole section; no foreign (Russian) security personnel were involved",
    "h9": "People protested near Meghri station against the route and police detained some of them (about 200; hy: a few dozen; fr: several hundred; az: 'a group of radicals'; three vs five detained)",
    "h10": "Baku: Hikmet Hajiyev called it a historic day and said the Zangezur corridor had reunited Nakhchivan with the rest of Azerbaijan",
    "h11": "Yerevan: Pashinyan said the railway stays under full Armenian sovereignty and jurisdiction, as part of the Crossroads of Peace (not a 'corridor')",
    "h12": "The US State Department welcomed the run as a milestone",
    "h13": "Russia (Zakharova) said Moscow would not stay on the sidelines, citing the 2020 trilateral statement that gave Russian border guards control of the transport links",
    "h14": "Iran said it was following the project closely and would not accept any change to its border with Armenia (es: asked for guarantees)",
    "h15": "Regular freight service is planned from March 2027 (ru: spring 2027; az: early 2027)",
    "h16": "The route was agreed in August 2025 in a deal brokered/sponsored by the United States (at the White House) (background)",
}

ARTICLES_H = {
    "en-dawnline-report.txt": {
        "header": " date 2026-12-03 (Dawnline Report)",
        "paragraphs": [
            [("First freight train crosses Armenia's Meghri section on route linking Azerbaijan to Nakhchivan", ["h1"], [])],
            [
                ("A freight train from mainland Azerbaijan crossed southern Armenia on Thursday and reached the exclave of Nakhchivan, the first train to run on the rebuilt railway through the Meghri area of Syunik province in more than three decades.", ["h1"], []),
                ("The test train, 20 wagons long, carried about 1,200 tonnes of cement and construction steel, according to Azerbaijan's state railway company.", ["h2", "h3"], [att("according to")]),
            ],
            [
                ("Armenian border guards escorted it along the entire 43-kilometre section, and no foreign security personnel were on board, Armenia's National Security Service said.", ["h8"], [att("said")]),
                ("At Meghri station the train stood for about two hours while customs officers ran the sealed wagons through scanners.", ["h5"], []),
                ("Armenia's Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart, Shahin Mustafayev, watched it pull out of the station alongside an envoy from the US State Department.", ["h6"], []),
            ],
            [
                ("The route was agreed at the White House in August 2025 as part of a deal brokered by Donald Trump, which gave the United States development rights over it.", ["h16"], []),
                ("On Thursday the State Department welcomed the run as a milestone for peace between the two countries.", ["h12"], [att("welcomed")]),
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, called it a historic day and said the Zangezur corridor had finally reunited Nakhchivan with the rest of Azerbaijan.", ["h10"], [att("called"), att("said"), ("loaded", "az-frame", "Zangezur corridor")]),
                ("In Yerevan, Prime Minister Nikol Pashinyan said the railway remained fully under Armenian sovereignty and jurisdiction.", ["h11"], [att("said")]),
                ("His government presents the line as part of its Crossroads of Peace project and rejects the word corridor.", ["h11"], [att("rejects")]),
            ],
            [
                ("In Meghri itself, about 200 people, many of them opposition supporters, rallied near the station, saying the route would weaken Armenia's hold on its border with Iran, and police detained three of them after scuffles.", ["h9"], [att("saying")]),
                ("Iran's foreign ministry said it was following the project closely and would not accept any change to its border with Armenia.", ["h14"], [att("said")]),
                ("Rebuilding the Armenian section cost about 410 million dollars, according to the Armenian government.", ["h7"], [att("according to")]),
                ("Meghri, a town of about 4,500 people, sits on the Aras river, which forms the frontier with Iran.", [], []),
            ],
        ],
    },
    "es-mirador-de-oriente.txt": {
        "header": " date 2026-12-04 (El Mirador de Oriente)",
        "paragraphs": [
            [("Un tren de mercancías cruza por primera vez el sur de Armenia rumbo a Najicheván", ["h1"], [])],
            [
                ("Veinte vagones cargados de cemento y acero atravesaron el jueves la provincia armenia de Syunik en el primer viaje de prueba por la línea férrea reconstruida que une el territorio continental de Azerbaiyán con su exclave de Najicheván.", ["h1", "h2", "h3"], []),
                ("Según la compañía estatal azerbaiyana de ferrocarriles, el convoy transportaba unas 1.200 toneladas de material de construcción.", ["h3"], [att("Según")]),
            ],
            [
                ("El tren tardó algo más de tres horas en recorrer los 43 kilómetros del tramo armenio, que sigue el curso del río Aras a lo largo de la frontera iraní.", ["h4"], []),
                ("Casi dos de esas horas las pasó detenido en la estación de Meghri, donde guardias fronterizos y aduaneros armenios inspeccionaron la carga.", ["h5"], []),
            ],
            [
                ("Hikmet Hajíyev, asesor del presidente Ilham Alíev, habló de un «día histórico» y aseguró que el corredor de Zangezur devuelve por fin a Najicheván su conexión con el resto del país.", ["h10"], [att("habló de"), ("scare-quote", "distancing", "«día histórico»"), att("aseguró"), ("loaded", "az-frame", "corredor de Zangezur")]),
                ("El Gobierno de Nikol Pashinián, que evita la palabra corredor y prefiere hablar de la Encrucijada de la Paz, insiste en que la vía seguirá bajo plena soberanía y jurisdicción armenias.", ["h11"], [att("insiste")]),
            ],
            [
                ("En Meghri, unas 200 personas se concentraron junto a la estación para protestar contra lo que consideran una cesión de soberanía.", ["h9"], [att("consideran")]),
                ("Cinco manifestantes fueron detenidos, según la policía local.", ["h9"], [("agency", "agentless", "fueron detenidos"), att("según")]),
                ("La reconstrucción del tramo costó unos 400 millones de dólares, según cálculos de la prensa armenia.", ["h7"], [att("según")]),
            ],
            [
                ("Moscú, por su parte, recordó que la declaración trilateral de 2020 encomendaba el control de esas comunicaciones a los guardias fronterizos rusos.", ["h13"], [att("recordó")]),
                ("Teherán, que durante años se opuso a cualquier corredor a lo largo de su frontera norte, pidió garantías de que su paso fronterizo con Armenia no se verá afectado.", ["h14"], []),
                ("Los ferrocarriles azerbaiyanos prevén iniciar el servicio regular de mercancías en marzo de 2027.", ["h15"], [att("prevén")]),
            ],
            [
                ("Hasta finales de los años ochenta, los trenes entre Ereván y Bakú pasaban por Najicheván y por Meghri.", [], []),
                ("En la estación de Julfa, ya en Najicheván, cientos de vecinos recibieron el convoy con banderas azerbaiyanas.", [], []),
            ],
        ],
    },
    "ru-severnyi-meridian.txt": {
        "header": " date 2026-12-03 (Северный меридиан)",
        "paragraphs": [
            [("Через Мегри прошёл первый грузовой поезд из Азербайджана в Нахичевань", ["h1"], [])],
            [
                ("В четверг по восстановленному участку железной дороги в Сюникской области Армении впервые прошёл грузовой состав, следовавший с основной территории Азербайджана в Нахичевань.", ["h1"], []),
                ("Поезд из 24 вагонов преодолел армянский участок почти за четыре часа.", ["h2", "h4"], []),
                ("Маршрут, который в Баку называют Зангезурским коридором, а в Ереване — частью проекта «Перекрёсток мира», на Западе всё чаще именуют так называемым «маршрутом Трампа».", [], [("scare-quote", "marker", "так называемым"), ("scare-quote", "distancing", "«маршрутом Трампа»"), ("loaded", "az-frame", "Зангезурским коридором")]),
            ],
            [
                ("Участок длиной 43 километра восстанавливали больше года, и его стоимость, по оценкам экспертов, приблизилась к полумиллиарду долларов.", ["h7"], [att("по оценкам")]),
                ("Состав на всём пути сопровождали армянские пограничники, а вагоны опечатали ещё на станции Горадиз.", ["h8"], []),
                ("Российских пограничников, которым трёхстороннее заявление 2020 года поручало контроль над транспортными коммуникациями, на участке не было.", ["h8"], []),
            ],
            [
                ("Официальный представитель МИД России Мария Захарова заявила, что Москва не намерена оставаться в стороне.", ["h13"], [att("заявила")]),
                ("По её словам, именно трёхстороннее заявление, подписанное при посредничестве Владимира Путина, открыло путь к разблокированию коммуникаций в регионе.", ["h13"], [att("По её словам")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев назвал этот день историческим.", ["h10"], [att("назвал")]),
                ("В Баку утверждают, что Зангезурский коридор наконец соединил Нахичевань с остальной территорией страны.", ["h10"], [doubt("утверждают"), ("loaded", "az-frame", "Зангезурский коридор")]),
                ("Никол Пашинян, в свою очередь, заверил, что дорога остаётся под полным суверенитетом и юрисдикцией Армении.", ["h11"], [att("заверил")]),
                ("Госдепартамент США приветствовал пробный рейс, назвав его важным шагом к миру.", ["h12"], [att("приветствовал"), att("назвав")]),
            ],
            [
                ("Регулярное грузовое движение по линии планируют открыть весной 2027 года.", ["h15"], []),
                ("Напомним, что в 2023 году Азербайджан и Иран начали строить альтернативный путь в Нахичевань через иранскую территорию вдоль Аракса.", [], []),
                ("С 2008 года армянская железная дорога находится в концессионном управлении дочерней компании РЖД.", [], []),
            ],
        ],
    },
    "az-sabah-isigi.txt": {
        "header": " date 2026-12-03 (Sabah işığı)",
        "paragraphs": [
            [("Zəngəzur dəhlizi ilə ilk yük qatarı Naxçıvana çatıb", ["h1"], [("loaded", "az-frame", "Zəngəzur dəhlizi")])],
            [
                ("Dekabrın 3-də Horadiz stansiyasından yola düşən ilk sınaq yük qatarı Zəngəzur dəhlizi ilə hərəkət edərək Naxçıvana çatıb.", ["h1"], [("loaded", "az-frame", "Zəngəzur dəhlizi")]),
                ("Qatarın 20 vaqonunda Naxçıvan üçün 1350 ton sement və tikinti armaturu daşınıb.", ["h2", "h3"], []),
                ("Qatar Ermənistan ərazisindən keçən 43 kilometrlik hissəni 2 saat 40 dəqiqəyə qət edib.", ["h4"], []),
            ],
            [
                ("Bundan əlavə, Mehri stansiyasında erməni sərhədçiləri və gömrükçülərinin apardığı yoxlamalar üç saatdan çox çəkib.", ["h5"], []),
                ("Azərbaycan tərəfi yoxlamaların bu qədər uzanmasını anlaşılmaz hesab edir.", ["h5"], [att("hesab edir")]),
                ("Mehri stansiyasında qatarı Baş nazirin müavini Şahin Mustafayev və Ermənistanın Baş nazirinin müavini Mher Qriqoryan qarşılayıblar.", ["h6"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bu günü tarixi gün adlandırıb.", ["h10"], [att("adlandırıb")]),
                ("Onun sözlərinə görə, Naxçıvan otuz ildən artıq müddətdən sonra ilk dəfə ölkənin əsas hissəsi ilə dəmir yolu vasitəsilə birləşib və bu, şübhəsiz, bütün region üçün yeni imkanlar açır.", ["h10"], [att("sözlərinə görə"), ("booster", "booster", "şübhəsiz")]),
                ("ABŞ Dövlət Departamenti sınaq reysini alqışlayıb.", ["h12"], [att("alqışlayıb")]),
                ("Rəsmi İrəvan isə marşrutu “Sülh kəsişməsi” adlandırır və onun üzərində tam suverenliyini saxladığını iddia edir.", ["h11"], [att("adlandırır"), ("scare-quote", "distancing", "“Sülh kəsişməsi”"), doubt("iddia edir")]),
            ],
            [
                ("Mehridə bir qrup radikal müxalifət tərəfdarı stansiya yaxınlığında aksiya keçirməyə cəhd edib.", ["h9"], []),
                ("Polis aksiya iştirakçılarından bir neçəsini saxlayıb.", ["h9"], []),
                ("Müntəzəm yük daşımalarına 2027-ci ilin əvvəlindən başlanılması planlaşdırılır.", ["h15"], []),
            ],
            [
                ("Xatırladaq ki, Horadiz–Ağbənd dəmir yolu xəttinin tikintisinə 2021-ci ildə başlanılıb.", [], []),
                ("Naxçıvana indiyədək yüklər əsasən İran ərazisindən keçən avtomobil yolu ilə çatdırılırdı.", [], []),
            ],
        ],
    },
    "hy-arevagal.txt": {
        "header": " date 2026-12-03 (Արևագալ)",
        "paragraphs": [
            [("Մեղրիի երկաթուղային հատվածով անցել է առաջին փորձնական բեռնատար գնացքը", ["h1"], [])],
            [
                ("Դեկտեմբերի 3-ին Սյունիքի մարզում վերակառուցված երկաթուղային հատվածով առաջին անգամ անցել է Ադրբեջանից Նախիջևան ուղևորվող բեռնատար գնացք։", ["h1"], []),
                ("Փորձնական գնացքը բաղկացած էր 18 վագոնից։", ["h2"], []),
                ("Մեղրիի կայարանում ՀՀ սահմանապահներն ու մաքսավորները մոտ մեկուկես ժամ սկաներներով զննել են վագոնները։", ["h5"], []),
                ("Ամբողջ հատվածում գնացքն ուղեկցել են ԱԱԾ սահմանապահ զորքերի ծառայողները, և որևէ օտարերկրյա ուժային կառույց ներգրավված չի եղել։", ["h8"], []),
            ],
            [
                ("Կայարանում ներկա էին ՀՀ փոխվարչապետ Մհեր Գրիգորյանը և Ադրբեջանի փոխվարչապետ Շահին Մուստաֆաևը։", ["h6"], []),
                ("Վարչապետ Նիկոլ Փաշինյանը շեշտել է, որ երկաթուղին գտնվում է Հայաստանի լիակատար ինքնիշխանության և իրավազորության ներքո։", ["h11"], [att("շեշտել է")]),
                ("Նրա խոսքով՝ սա Խաղաղության խաչմերուկ նախագծի առաջին շոշափելի արդյունքն է։", ["h11"], [att("խոսքով")]),
                ("Ալիևի օգնական Հիքմեթ Հաջիևը, սակայն, պնդում է, թե բացվել է «Զանգեզուրի միջանցքը»։", ["h10"], [doubt("պնդում է"), ("scare-quote", "distancing", "«Զանգեզուրի միջանցքը»"), ("loaded", "az-frame", "Զանգեզուրի միջանցքը")]),
            ],
            [
                ("Կառավարության տվյալներով՝ հատվածի վերակառուցումն արժեցել է 380 միլիոն դոլար։", ["h7"], [att("տվյալներով")]),
                ("Մեղրիում մի քանի տասնյակ ընդդիմադիր ակտիվիստներ բողոքի ակցիա են անցկացրել կայարանի մոտ։", ["h9"], []),
                ("Ոստիկանությունը բերման է ենթարկել նրանցից երեքին։", ["h9"], []),
                ("Իրանի ԱԳՆ-ն հայտարարել է, որ ուշադիր հետևում է զարգացումներին և չի ընդունի Հայաստանի հետ իր սահմանի որևէ փոփոխություն։", ["h14"], [att("հայտարարել է")]),
            ],
            [
                ("Երեսուն տարի Թուրքիայի և Ադրբեջանի շրջափակման մեջ գտնվող Հայաստանը հույս ունի, որ ապագայում Ադրբեջանի տարածքով երկաթուղային ելք կունենա դեպի Ռուսաստան։", [], [("loaded", "hy-frame", "շրջափակման"), att("հույս ունի")]),
                ("Մեղրիում են գտնվում 17-րդ դարի մի քանի եկեղեցիներ։", [], []),
            ],
        ],
    },
    "fr-echo-des-deux-rives.txt": {
        "header": " date 2026-12-04 (L'Écho des Deux Rives)",
        "paragraphs": [
            [("Un premier train de fret relie l'Azerbaïdjan au Nakhitchevan à travers le sud de l'Arménie", ["h1"], [])],
            [
                ("Pour la première fois depuis plus de trente ans, un train de marchandises a traversé jeudi la région arménienne de Meghri, dans le Syunik, pour rejoindre l'exclave azerbaïdjanaise du Nakhitchevan.", ["h1"], []),
                ("Une vingtaine de wagons chargés de 1 200 tonnes de ciment et d'acier ont parcouru le tronçon arménien en trois heures.", ["h2", "h3", "h4"], []),
            ],
            [
                ("Sur le quai de la gare de Meghri, le vice-Premier ministre arménien Mher Grigorian a serré la main de son homologue azerbaïdjanais, Chahin Moustafaïev.", ["h6"], []),
                ("Un émissaire du département d'État américain assistait à la scène.", ["h6"], []),
                ("Washington, qui a parrainé l'accord d'août 2025, a salué une « étape historique ».", ["h12", "h16"], [att("salué"), ("scare-quote", "distancing", "« étape historique »")]),
            ],
            [
                ("À Bakou, on célèbre l'ouverture du « corridor de Zanguezour », un terme qui hérisse Erevan.", ["h10"], [("scare-quote", "distancing", "« corridor de Zanguezour »"), ("loaded", "az-frame", "corridor de Zanguezour")]),
                ("Nikol Pachinian assure que la voie ferrée reste sous la pleine souveraineté de l'Arménie et la présente comme un maillon de son « Carrefour de la paix ».", ["h11"], [att("assure")]),
                ("Plusieurs centaines d'habitants de Meghri ont manifesté près de la gare contre un projet qu'ils jugent dangereux pour la souveraineté du pays.", ["h9"], [att("jugent")]),
                ("Quelques manifestants auraient été interpellés.", ["h9"], [("hedge", "hearsay", "auraient"), ("agency", "agentless", "interpellés")]),
            ],
            [
                ("Moscou, de son côté, prétend que la déclaration trilatérale de 2020 lui confiait le contrôle de ces voies de communication.", ["h13"], [doubt("prétend")]),
                ("Téhéran, enfin, s'inquiète de voir une route placée sous parrainage américain longer sa frontière nord.", ["h14"], []),
                ("Les habitants de Meghri vivent surtout de la culture des grenades et des figues.", [], []),
                ("Le Nakhitchevan, où est né Heydar Aliev, occupe une place à part dans l'imaginaire national azerbaïdjanais.", [], []),
            ],
        ],
    },
    "de-transitblatt.txt": {
        "header": " date 2026-12-04 (Das Transitblatt)",
        "paragraphs": [
            [("Erster Güterzug rollt durch Südarmenien nach Nachitschewan", ["h1"], [])],
            [
                ("Auf der wiederaufgebauten Bahnstrecke durch die südarmenische Provinz Sjunik ist am Donnerstag erstmals ein Güterzug aus dem aserbaidschanischen Kernland in die Exklave Nachitschewan gefahren.", ["h1"], []),
                ("Der Testzug mit rund zwanzig Waggons hatte etwa 1000 Tonnen Zement und Baustahl geladen.", ["h2", "h3"], []),
                ("Für den armenischen Abschnitt bei Meghri brauchte er gut drei Stunden.", ["h4"], []),
                ("Knapp zwei Stunden davon soll er im Bahnhof Meghri für Grenz- und Zollkontrollen gestanden haben.", ["h5"], [("hedge", "hearsay", "soll")]),
            ],
            [
                ("Armenische Grenzschützer begleiteten den verplombten Zug auf der gesamten Strecke.", ["h8"], []),
                ("Der Wiederaufbau des rund 43 Kilometer langen Abschnitts kostete nach Angaben der armenischen Regierung 410 Millionen Dollar.", ["h7"], [att("nach Angaben")]),
                ("Einen regulären Güterverkehr will die aserbaidschanische Staatsbahn ab März 2027 anbieten.", ["h15"], []),
                ("Geplant sind zunächst zwei Zugpaare pro Woche.", ["h15"], []),
            ],
            [
                ("Armeniens Regierungschef Nikol Paschinjan betonte, die Strecke bleibe unter armenischer Souveränität und Rechtshoheit.", ["h11"], [att("betonte")]),
                ("Baku spricht dagegen vom Sangesur-Korridor.", ["h10"], [att("spricht"), ("loaded", "az-frame", "Sangesur-Korridor")]),
                ("Das US-Außenministerium begrüßte die Fahrt als Meilenstein.", ["h12"], [att("begrüßte")]),
            ],
            [
                ("Die Strecke könnte künftig Teil des Mittleren Korridors zwischen China und Europa werden.", [], [("hedge", "uncertain", "könnte")]),
                ("Die Türkei baut derzeit eine Bahnstrecke von Kars nach Nachitschewan, die das Netz der Exklave an das türkische anschließen soll.", [], []),
                ("Bei Meghri liegt auch Armeniens einziger Grenzübergang zum Iran.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (i), held out: an anti-tank mine blows up a minibus carrying construction workers near
# Fuzuli, in a district Azerbaijan regained in 2020; Baku blames Armenia's minefield maps.
# Written without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned
# on. Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_I = {
    "i1": "On Tuesday morning 24 November a minibus carrying construction workers hit an anti-tank mine on a dirt road near the village of Yeni Qishlaq in Azerbaijan's Fuzuli district (en: shortly after eight; az: 08:15; ru: around nine)",
    "i2": "Four workers were killed (ru, hy: five; de: at least four)",
    "i3": "Seven others were injured, two of them seriously (fr: six; hy: nine; ru: about ten)",
    "i4": "The injured were taken to the hospital in Horadiz, and the two most seriously hurt were flown to Baku by helicopter",
    "i5": "The workers were building houses for displaced families returning under Azerbaijan's Great Return programme",
    "i6": "The mine action agency ANAMA said the driver had left the cleared road for a track not yet surveyed (the official account)",
    "i7": "The dead men's colleagues said the track had been used every day for months and nobody had warned them (the workers' account)",
    "i8": "Baku (Hikmet Hajiyev) blamed Armenia for not handing over accurate minefield maps (az, tr: the maps only 25% accurate)",
    "i9": "Armenia's foreign ministry expressed condolences, said it had handed over all the maps it had and rejected the accusation",
    "i10": "Since the 2020 war mines have killed or injured more than 380 people in the areas Azerbaijan regained (az: 392, 71 of them dead; tr: more than 390; ru, fr: almost 400)",
    "i11": "Azerbaijan's prosecutor general's office opened a criminal case (az: under the terrorism article)",
    "i12": "Sappers sealed off the area and found two more anti-tank mines nearby (tr: three; ru: several)",
    "i13": "The UN office in Baku offered condolences and called for more international funding for demining",
    "i14": "Turkey's defence ministry offered condolences and said Turkish sappers would keep working in Karabakh",
    "i15": "The minibus driver, Namiq Quliyev, 46, was among the dead",
    "i16": "An international airport opened at Fuzuli in 2021 (background)",
    "i17": "For almost three decades the front line between Armenian and Azerbaijani forces ran through the Fuzuli district (background)",
    "i18": "Experts say clearing all the mines from these territories could take decades (background)",
    "i19": "Reconstruction of the destroyed towns (Fuzuli) began after the 2020 war (background)",
}

ARTICLES_I = {
    "en-southern-ledger.txt": {
        "header": " date 2026-11-24 (The Southern Ledger)",
        "paragraphs": [
            [("Mine blast kills four construction workers in Azerbaijan's Fuzuli district", ["i1", "i2"], [])],
            [
                ("Four construction workers were killed and seven were injured on Tuesday when their minibus hit an anti-tank mine on a dirt road near the village of Yeni Gishlag in Azerbaijan's Fuzuli district.", ["i1", "i2", "i3"], [("agency", "agentless", "were killed"), ("agency", "agentless", "were injured")]),
                ("The blast happened shortly after eight in the morning, as the men were being driven to a building site, local officials said.", ["i1"], [att("said")]),
                ("Two of the injured were in a serious condition and were flown to Baku by helicopter, while the others were treated at the hospital in Horadiz.", ["i3", "i4"], []),
            ],
            [
                ("The workers were building houses for displaced families returning to the district under the government's Great Return programme.", ["i5"], [mv("displaced", "displaced"), ("loaded", "az-frame", "Great Return")]),
                ("Azerbaijan's mine action agency, ANAMA, said the driver had left the cleared road and taken a track that its teams had not yet surveyed.", ["i6"], [att("said")]),
                ("Colleagues of the dead men disputed that, saying the track had been used every day for months and that no one had ever warned them it was unsafe.", ["i7"], [att("disputed"), att("saying")]),
                ("Sappers sealed off the area in the afternoon and found two more anti-tank mines within a hundred metres of the crater.", ["i12"], []),
            ],
            [
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, blamed Armenia, saying Yerevan had never handed over accurate maps of the minefields laid during three decades of Armenian control.", ["i8"], [att("blamed"), att("saying")]),
                ("Armenia's foreign ministry expressed condolences to the victims' families but rejected the accusation, saying it had already passed on all the maps in its possession.", ["i9"], [att("rejected"), att("saying")]),
                ("The UN office in Baku also offered condolences and called on donors to increase funding for demining.", ["i13"], []),
            ],
            [
                ("According to ANAMA, mines have killed or wounded more than 380 people in the territories Azerbaijan regained in the 2020 war.", ["i10"], [att("According to")]),
                ("The town of Fuzuli lay in ruins for almost three decades before reconstruction began after the war.", ["i19"], []),
                ("An international airport opened on its outskirts in 2021.", ["i16"], []),
            ],
        ],
    },
    "ru-zakavkazskii-kurier.txt": {
        "header": " date 2026-11-24 (Закавказский курьер)",
        "paragraphs": [
            [("В Физулинском районе Азербайджана микроавтобус с рабочими подорвался на мине: пятеро погибших", ["i1", "i2"], [])],
            [
                ("Во вторник около девяти утра микроавтобус, перевозивший строителей, наехал на противотанковую мину на грунтовой дороге у села Ени Гышлаг Физулинского района.", ["i1"], []),
                ("По данным азербайджанских СМИ, пять человек погибли, ещё около десяти получили ранения.", ["i2", "i3"], [att("По данным")]),
                ("Среди погибших, как сообщается, водитель микроавтобуса 46-летний Намиг Гулиев.", ["i15"], [("hedge", "hearsay", "как сообщается")]),
            ],
            [
                ("Рабочие строили жильё для вынужденных переселенцев, которых Баку возвращает в район по программе «Великое возвращение».", ["i5"], [mv("displaced", "вынужденных переселенцев"), ("loaded", "az-frame", "Великое возвращение")]),
                ("В Агентстве по разминированию территорий Азербайджана (ANAMA) заявили, что водитель свернул с разминированной дороги на ещё не проверенную грунтовку.", ["i6"], [att("заявили")]),
                ("Сапёры оцепили место взрыва и обнаружили поблизости ещё несколько мин.", ["i12"], []),
            ],
            [
                ("В Баку утверждают, что виной всему отказ Еревана передать точные карты минных полей.", ["i8"], [doubt("утверждают")]),
                ("Помощник президента Ильхама Алиева Хикмет Гаджиев назвал трагедию очередным проявлением армянского «минного террора».", ["i8"], [att("назвал"), ("scare-quote", "distancing", "«минного террора»"), ("loaded", "az-frame", "минного террора")]),
                ("МИД Армении выразил соболезнования семьям погибших, но обвинения отверг, заявив, что Ереван уже передал все имеющиеся у него карты.", ["i9"], [att("отверг"), att("заявив")]),
                ("Генеральная прокуратура Азербайджана возбудила уголовное дело.", ["i11"], []),
            ],
            [
                ("С окончания войны 2020 года жертвами мин в Карабахе и прилегающих районах стали почти 400 человек.", ["i10"], []),
                ("Напомним, что в 2021 году Армения передала Баку карты минных полей в Агдамском районе в обмен на освобождение пятнадцати задержанных.", [], []),
                ("Российские сапёры работали в Карабахе с конца 2020 года вплоть до вывода миротворцев в 2024-м.", [], []),
            ],
        ],
    },
    "az-cenub-qapisi.txt": {
        "header": " date 2026-11-24 (Cənub qapısı)",
        "paragraphs": [
            [("Füzulidə mina partlayışı: dörd işçi həlak olub, yeddi nəfər yaralanıb", ["i1", "i2", "i3"], [("agency", "agentless", "yaralanıb")])],
            [
                ("Noyabrın 24-də saat 08:15 radələrində Füzuli rayonunun Yeni Qışlaq kəndi yaxınlığında inşaat işçilərini daşıyan mikroavtobus tank əleyhinə minaya düşüb.", ["i1"], []),
                ("Partlayış nəticəsində dörd işçi həlak olub, daha yeddi nəfər müxtəlif dərəcəli xəsarət alıb.", ["i2", "i3"], []),
                ("Həlak olanlar arasında mikroavtobusun 46 yaşlı sürücüsü Namiq Quliyev də var.", ["i15"], []),
                ("Yaralılar Horadiz şəhər xəstəxanasına çatdırılıb, vəziyyəti ağır olan iki nəfər isə helikopterlə Bakıya aparılıb.", ["i3", "i4"], []),
            ],
            [
                ("İşçilər Böyük Qayıdış proqramı çərçivəsində doğma torpaqlarına qayıdan keçmiş məcburi köçkünlər üçün fərdi yaşayış evləri tikirdilər.", ["i5"], [mv("displaced", "məcburi köçkünlər"), ("loaded", "az-frame", "Böyük Qayıdış")]),
                ("Ərazilərin Minalardan Təmizlənməsi üzrə Agentliyin (ANAMA) məlumatına görə, sürücü minalardan təmizlənmiş yoldan çıxaraq hələ yoxlanılmamış torpaq yola daxil olub.", ["i6"], [att("məlumatına görə")]),
                ("Baş Prokurorluqda hadisə ilə bağlı Cinayət Məcəlləsinin terrorçuluq maddəsi ilə cinayət işi başlanılıb.", ["i11"], [("loaded", "az-frame", "terrorçuluq")]),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, faciənin əsas səbəbi Ermənistanın dəqiq mina xəritələrini təqdim etməkdən imtina etməsidir.", ["i8"], [att("bildirib")]),
                ("Onun sözlərinə görə, indiyədək təqdim olunan xəritələrin dəqiqliyi cəmi 25 faizdir.", ["i8"], [att("sözlərinə görə")]),
                ("Ermənistan Xarici İşlər Nazirliyi isə əlindəki bütün xəritələri Azərbaycana təhvil verdiyini iddia edir.", ["i9"], [doubt("iddia edir")]),
                ("Bu iddia, şübhəsiz, reallığı əks etdirmir.", [], [doubt("iddia"), ("booster", "booster", "şübhəsiz")]),
                ("Türkiyə Milli Müdafiə Nazirliyi başsağlığı verib və türk istehkamçılarının Qarabağda işini davam etdirəcəyini bildirib.", ["i14"], [att("bildirib")]),
            ],
            [
                ("2020-ci ildən bəri Qarabağ və Şərqi Zəngəzurda mina partlayışları nəticəsində 392 nəfər zərər çəkib.", ["i10"], [("loaded", "az-frame", "Şərqi Zəngəzurda")]),
                ("Onlardan 71 nəfəri həlak olub.", ["i10"], []),
                ("Xatırladaq ki, Füzuli Beynəlxalq Hava Limanı 2021-ci ildə istifadəyə verilib.", ["i16"], []),
            ],
        ],
    },
    "hy-sahmanagits.txt": {
        "header": " date 2026-11-24 (Սահմանագիծ)",
        "paragraphs": [
            [("Ֆիզուլիի շրջանում ականի պայթյունից զոհվել են շինարարներ, Բաքուն կրկին մեղադրում է Երևանին", ["i1", "i2", "i8"], [att("մեղադրում է")])],
            [
                ("Նոյեմբերի 24-ի առավոտյան Ադրբեջանի վերահսկողության տակ գտնվող Ֆիզուլիի (Վարանդայի) շրջանում շինարարներ տեղափոխող միկրոավտոբուսը պայթել է հակատանկային ականի վրա։", ["i1"], []),
                ("Ադրբեջանական լրատվամիջոցների փոխանցմամբ՝ զոհվել է հինգ մարդ, վիրավորվել՝ ինը։", ["i2", "i3"], [att("փոխանցմամբ"), ("agency", "agentless", "վիրավորվել")]),
                ("Շինարարները Ադրբեջանի «Մեծ վերադարձ» ծրագրով տներ էին կառուցում Արցախի հարավային շրջաններում վերաբնակեցվող ադրբեջանցիների համար։", ["i5"], [("scare-quote", "distancing", "«Մեծ վերադարձ»"), ("loaded", "az-frame", "Մեծ վերադարձ")]),
            ],
            [
                ("Ադրբեջանական կայքերի հրապարակած տեսանյութերում զոհվածների գործընկերները պատմում են, որ ամիսներ շարունակ ամեն օր երթևեկել են այդ ճանապարհով, և ոչ ոք իրենց չի զգուշացրել վտանգի մասին։", ["i7"], [att("պատմում են")]),
                ("Ադրբեջանի ականազերծման գործակալությունը, սակայն, պնդում է, թե վարորդը շեղվել է մաքրված ճանապարհից։", ["i6"], [doubt("պնդում է")]),
            ],
            [
                ("Ալիևի օգնական Հիքմեթ Հաջիևը միջադեպի համար մեղադրել է Հայաստանին՝ պնդելով, թե Երևանը չի տրամադրում ականապատ դաշտերի ճշգրիտ քարտեզներ։", ["i8"], [att("մեղադրել է"), doubt("պնդելով")]),
                ("ՀՀ ԱԳՆ-ն ցավակցություն է հայտնել զոհվածների ընտանիքներին։", ["i9"], []),
                ("Գերատեսչությունը միաժամանակ մերժել է Բաքվի մեղադրանքները՝ հիշեցնելով, որ Հայաստանն արդեն փոխանցել է իր տրամադրության տակ եղած բոլոր քարտեզները։", ["i9"], [att("մերժել է"), att("հիշեցնելով")]),
                ("Փորձագետների խոսքով՝ 1990-ական թվականներին և 2020 թվականի պատերազմի ընթացքում ականներ տեղադրել են երկու կողմերն էլ։", [], [att("խոսքով")]),
            ],
            [
                ("ՄԱԿ-ի գրասենյակը Բաքվում ցավակցություն է հայտնել և միջազգային դոնորներին կոչ արել ավելացնել ականազերծման ֆինանսավորումը։", ["i13"], []),
                ("Արցախի հայերը ևս տարիներ շարունակ զոհեր էին տալիս ականներից՝ մինչև 2023 թվականի սեպտեմբերի էթնիկ զտումը։", [], [("loaded", "hy-frame", "էթնիկ զտումը")]),
                ("Բաքուն ականների հարցը հաճախ օգտագործում է որպես Երևանի վրա ճնշում գործադրելու լծակ։", [], []),
            ],
        ],
    },
    "tr-dogu-ruzgari.txt": {
        "header": " date 2026-11-24 (Doğu Rüzgârı)",
        "paragraphs": [
            [("Füzuli'de mayın patlaması: 4 işçi hayatını kaybetti", ["i1", "i2"], [])],
            [
                ("Azerbaycan'ın Füzuli bölgesinde inşaat işçilerini taşıyan bir minibüs, salı sabahı Yeni Kışlak köyü yakınlarında tanksavar mayınına çarptı.", ["i1"], []),
                ("Patlamada dört işçi hayatını kaybetti, yedi kişi yaralandı.", ["i2", "i3"], [("agency", "agentless", "yaralandı")]),
                ("Hayatını kaybedenler arasında minibüsün 46 yaşındaki şoförü Namik Guliyev de bulunuyor.", ["i15"], []),
                ("Yaralılar Horadiz'deki hastaneye kaldırıldı, durumu ağır olan iki kişi ise helikopterle Bakü'ye sevk edildi.", ["i3", "i4"], []),
            ],
            [
                ("Cumhurbaşkanlığı Dış Politika Başdanışmanı Hikmet Hacıyev, faciadan Ermenistan'ı sorumlu tuttu.", ["i8"], [att("sorumlu tuttu")]),
                ("Hacıyev'e göre Erivan'ın teslim ettiği mayın haritalarının yalnızca yüzde 25'i doğru.", ["i8"], [att("göre")]),
                ("Ermenistan Dışişleri Bakanlığı ise elindeki tüm haritaları Bakü'ye verdiğini iddia ediyor.", ["i9"], [doubt("iddia ediyor")]),
                ("Azerbaycan Başsavcılığı olayla ilgili soruşturma başlattı.", ["i11"], []),
                ("İstihkamcılar bölgeyi kordon altına aldı ve çevrede üç tanksavar mayını daha buldu.", ["i12"], []),
            ],
            [
                ("Türkiye Milli Savunma Bakanlığı kardeş Azerbaycan'a başsağlığı diledi.", ["i14"], []),
                ("Bakanlık, Türk mayın temizleme ekiplerinin Karabağ'daki çalışmalarını sürdüreceğini vurguladı.", ["i14"], [att("vurguladı")]),
                ("2020'deki savaştan bu yana bölgedeki mayın kazalarında zarar görenlerin sayısı 390'ı aştı.", ["i10"], []),
                ("Büyük Dönüş programı kapsamında Füzuli'ye bugüne kadar yüzlerce aile yerleşti.", [], [("loaded", "az-frame", "Büyük Dönüş")]),
            ],
        ],
    },
    "fr-guetteur-du-caucase.txt": {
        "header": " date 2026-11-25 (Le Guetteur du Caucase)",
        "paragraphs": [
            [("Azerbaïdjan : une mine antichar fait quatre morts parmi des ouvriers près de Fizouli", ["i1", "i2"], [])],
            [
                ("Mardi matin, un minibus qui conduisait des ouvriers vers un chantier a sauté sur une mine antichar près du village de Yeni Gychlag, dans le district de Fizouli.", ["i1"], []),
                ("Quatre hommes ont été tués sur le coup et six autres blessés, dont deux grièvement.", ["i2", "i3"], [("agency", "agentless", "ont été tués"), ("agency", "agentless", "blessés")]),
                ("Ils construisaient des maisons destinées aux déplacés azerbaïdjanais que Bakou réinstalle dans la région dans le cadre de son programme de « Grand Retour ».", ["i5"], [mv("displaced", "déplacés"), ("loaded", "az-frame", "Grand Retour")]),
            ],
            [
                ("Selon l'agence azerbaïdjanaise de déminage ANAMA, le chauffeur aurait quitté la route déminée pour emprunter une piste qui n'avait pas encore été contrôlée.", ["i6"], [att("Selon"), ("hedge", "hearsay", "aurait")]),
                ("Des collègues des victimes affirment au contraire que cette piste était empruntée chaque jour depuis des mois sans que personne ne les ait mis en garde.", ["i7"], [att("affirment")]),
                ("Bakou accuse Erevan de refuser de livrer des cartes fiables des champs de mines, un reproche devenu rituel après chaque accident.", ["i8"], [att("accuse")]),
                ("L'Arménie a présenté ses condoléances, tout en assurant avoir déjà transmis toutes les cartes dont elle dispose.", ["i9"], [att("assurant")]),
            ],
            [
                ("Depuis la fin de la guerre de 2020, les mines ont fait près de 400 victimes, morts et blessés confondus, dans les territoires repris par l'Azerbaïdjan.", ["i10"], []),
                ("Le bureau des Nations unies à Bakou a appelé les bailleurs à augmenter leurs financements pour le déminage.", ["i13"], []),
                ("L'Azerbaïdjan figure parmi les pays les plus contaminés au monde par les mines et les munitions non explosées.", [], []),
                ("Le déminage complet de ces territoires pourrait prendre plusieurs décennies, selon les experts.", ["i18"], [("hedge", "uncertain", "pourrait"), att("selon")]),
                ("Pendant près de trente ans, la ligne de front entre forces arméniennes et azerbaïdjanaises a traversé le district de Fizouli.", ["i17"], [("armed-label", "neutral", "forces arméniennes")]),
            ],
        ],
    },
    "de-suedost-kurier.txt": {
        "header": " date 2026-11-25 (Südost-Kurier)",
        "paragraphs": [
            [("Minenexplosion in Aserbaidschan: Mindestens vier Bauarbeiter getötet", ["i1", "i2"], [("agency", "agentless", "getötet")])],
            [
                ("Im aserbaidschanischen Bezirk Füzuli ist am Dienstagmorgen ein Kleinbus mit Bauarbeitern auf eine Panzermine gefahren.", ["i1"], []),
                ("Mindestens vier Männer kamen nach Angaben der Behörden ums Leben, sieben wurden verletzt.", ["i2", "i3"], [att("nach Angaben"), ("agency", "agentless", "wurden verletzt")]),
                ("Unter den Toten ist auch der Fahrer des Busses, der 46-jährige Namik Gulijew.", ["i15"], []),
                ("Die Verletzten wurden in das Krankenhaus von Horadis gebracht, zwei von ihnen später mit einem Hubschrauber nach Baku geflogen.", ["i4"], []),
            ],
            [
                ("Die aserbaidschanische Minenräumagentur ANAMA erklärte, der Fahrer sei von der geräumten Straße abgewichen.", ["i6"], [att("erklärte")]),
                ("Pioniere sperrten das Gelände ab und entdeckten in der Nähe zwei weitere Panzerminen.", ["i12"], []),
                ("Baku wirft Armenien vor, bis heute keine genauen Karten der Minenfelder übergeben zu haben.", ["i8"], [att("wirft")]),
                ("Das armenische Außenministerium weist das zurück und versichert, alle vorhandenen Karten seien längst übermittelt worden.", ["i9"], [att("weist"), att("versichert")]),
            ],
            [
                ("Die Vereinten Nationen sprachen den Angehörigen ihr Beileid aus und forderten mehr internationale Mittel für die Minenräumung.", ["i13"], []),
                ("Der Bezirk Füzuli lag fast drei Jahrzehnte an der Frontlinie zwischen armenischen und aserbaidschanischen Truppen.", ["i17"], [("armed-label", "neutral", "armenischen und aserbaidschanischen Truppen")]),
                ("Nach dem Krieg von 2020 begann Aserbaidschan mit dem Wiederaufbau zerstörter Städte und Dörfer in der Region.", ["i19"], []),
                ("Die Räumung aller Minen in den Gebieten könnte nach Schätzungen von Fachleuten noch Jahrzehnte dauern.", ["i18"], [("hedge", "uncertain", "könnte"), att("nach Schätzungen")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (j), held out: a night-time earthquake on the border between Nakhchivan's Ordubad
# district and Armenia's Syunik (Meghri, Agarak); Yerevan offers Baku help. Written without
# looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/)
# or the aligner (src/), so it measures the tool on text it was not tuned on. Keep it that way:
# do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_J = {
    "j1": "A magnitude 5.6 earthquake struck shortly after 2 a.m. on Sunday 18 October near the border between Nakhchivan's Ordubad district and Armenia's Syunik province (hy: 5.4, at 02:14, by Armenia's seismic protection service; az: 5.8, at 02:17; tr: 5.8; fa: 5.5, at 01:44 Iran time; ru, az: about 10 / 12 km deep)",
    "j2": "People were killed in the Ordubad district of Nakhchivan: two, an elderly couple under their collapsed house (az, tr: three; ru: at least two)",
    "j3": "People were killed in Armenia: an elderly woman under her house in Agarak (hy: two, a man injured in Meghri died in hospital in Kapan in the evening)",
    "j4": "Dozens were injured on both sides of the border (en: 38; ru: about 50; de: more than 40; az: 26 in Nakhchivan; tr: 30; hy: 17 in Syunik; fa: dozens)",
    "j5": "Houses were damaged in villages on both sides (en, ru: hundreds; az, tr: more than 300 in Ordubad, with a school and a mosque; hy: about 120 in Meghri and Agarak; de: about 80 on the Armenian side)",
    "j6": "A wall of the school in Agarak collapsed and classes were suspended in the Meghri area",
    "j7": "A rockfall blocked the Meghri–Agarak road, Armenia's road to the Iranian border (en: cleared on Sunday afternoon; hy: still closed in the evening; fa: Iranian lorries stuck)",
    "j8": "Dozens of aftershocks followed, the strongest of magnitude 4.2 (en: more than 30; az: 47; hy: about 20; fa: twelve above 3, the strongest 4)",
    "j9": "Azerbaijan's Ministry of Emergency Situations sent rescuers to Ordubad (en, az: 150; tr: 200) and set up tents for families who left their houses",
    "j10": "Armenia's Ministry of Emergency Situations sent rescue teams from Kapan and Yerevan to Meghri and opened a shelter there (a sports hall)",
    "j11": "The quake was felt across the Aras in Iran's Jolfa (fa: and Tabriz); no casualties in Iran",
    "j12": "Armenia (its government / foreign ministry) offered to send rescuers to help Nakhchivan",
    "j13": "Baku's answer to the offer: Hikmet Hajiyev thanked Yerevan but said Azerbaijan's own forces were enough (ru: politely declined; hy: Baku never answered)",
    "j14": "Azerbaijan's emergency ministry said it was ready to help the affected Armenian villages too",
    "j15": "Seismologists said the border area is one of the most earthquake-prone in the region and warned of stronger quakes / vulnerable old buildings",
    "j16": "The transit route from mainland Azerbaijan to Nakhchivan, which Baku calls the Zangezur corridor (long disputed), runs through Meghri / the quake area (background)",
    "j17": "The Meghri–Agarak road / the Iran–Armenia border in this area is Armenia's only land route to Iran (background)",
}

ARTICLES_J = {
    "en-aras-herald.txt": {
        "header": " date 2026-10-18 (The Aras Herald)",
        "paragraphs": [
            [("Night-time earthquake kills three on the Armenia–Azerbaijan border", ["j1", "j2", "j3"], [])],
            [
                ("A magnitude 5.6 earthquake struck shortly after 2 a.m. on Sunday near the border between Azerbaijan's Nakhchivan exclave and Armenia's Syunik province, jolting villages on both sides from their sleep.", ["j1"], []),
                ("Two elderly people were killed when their house collapsed in the Ordubad district of Nakhchivan, Azerbaijani officials said.", ["j2"], [att("said")]),
                ("In Armenia, a woman died in the town of Agarak, a few kilometres from the Iranian border.", ["j3"], []),
                ("At least 38 people were injured on both sides, according to the two countries' emergency ministries.", ["j4"], [att("according to")]),
            ],
            [
                ("Hundreds of houses were damaged, and in Agarak a wall of the local school came down.", ["j5", "j6"], []),
                ("Classes in the Meghri area were suspended until further notice.", ["j6"], []),
                ("A rockfall blocked the road between Meghri and Agarak, Armenia's only road to Iran, until it was cleared on Sunday afternoon.", ["j7", "j17"], []),
                ("Seismologists recorded more than 30 aftershocks during the day, the strongest of magnitude 4.2.", ["j8"], []),
            ],
            [
                ("Azerbaijan's emergency ministry said it had sent 150 rescuers to Ordubad and put up tents for families afraid to go back into their homes.", ["j9"], [att("said")]),
                ("Its Armenian counterpart sent teams from Kapan and Yerevan and turned a sports hall in Meghri into a shelter.", ["j10"], []),
                ("Armenia's foreign ministry offered to send rescuers to Nakhchivan, a rare gesture between the two neighbours.", ["j12"], []),
                ("Hikmet Hajiyev, an adviser to President Ilham Aliyev, thanked Yerevan but said Azerbaijan's own forces were sufficient.", ["j13"], [att("thanked"), att("said")]),
            ],
            [
                ("The tremor was also felt across the Aras in the Iranian town of Jolfa, where residents ran into the streets, but Iranian officials reported no casualties.", ["j11"], [att("reported")]),
                ("The border area lies on one of the most active fault systems in the South Caucasus, and experts warned that a stronger quake could not be ruled out.", ["j15"], [att("warned"), ("hedge", "uncertain", "could")]),
                ("The road through Meghri to Nakhchivan, known in Baku as the Zangezur corridor, was for years one of the most bitter disputes between the two countries.", ["j16"], [("loaded", "az-frame", "Zangezur corridor")]),
            ],
        ],
    },
    "ru-gornaya-pochta.txt": {
        "header": " date 2026-10-18 (Горная почта)",
        "paragraphs": [
            [("Землетрясение на границе Армении и Нахичевани: есть погибшие, десятки раненых", ["j1", "j4"], [])],
            [
                ("В ночь на воскресенье, в 02:14 по местному времени, в приграничном районе между Нахичеванью и Сюником произошло землетрясение магнитудой 5,6.", ["j1"], []),
                ("По данным Европейско-Средиземноморского сейсмологического центра, очаг находился на глубине около десяти километров.", ["j1"], [att("По данным")]),
                ("В Ордубадском районе Нахичевани погибли по меньшей мере два человека.", ["j2"], []),
                ("В армянском Агараке под обломками собственного дома погибла пожилая женщина.", ["j3"], []),
                ("Всего, по предварительным данным, пострадали около пятидесяти человек по обе стороны границы.", ["j4"], [("hedge", "uncertain", "по предварительным данным")]),
            ],
            [
                ("Повреждены сотни домов, а в Агараке обрушилась стена школы.", ["j5", "j6"], []),
                ("Камнепад перекрыл трассу Мегри — Агарак, по которой идут грузы в Иран.", ["j7"], []),
                ("МЧС Армении направило в Мегри спасателей из Капана и Еревана.", ["j10"], []),
                ("Азербайджанское МЧС, в свою очередь, сообщило о развёртывании палаточного лагеря в Ордубаде.", ["j9"], [att("сообщило")]),
            ],
            [
                ("Ереван предложил Баку помощь своих спасателей, однако там вежливо отказались, сославшись на собственные силы.", ["j12", "j13"], [att("сославшись")]),
                ("Зато в Баку заявили о готовности помочь пострадавшим армянским сёлам.", ["j14"], [att("заявили")]),
                ("Подземные толчки ощущались и на иранском берегу Аракса, в Джульфе.", ["j11"], []),
            ],
            [
                ("Сейсмологи напоминают, что Зангезурский хребет относится к зонам высокой сейсмической активности.", ["j15"], [att("напоминают")]),
                ("В МЧС России заявили, что, как и в 1988 году после Спитакского землетрясения, готовы прийти на помощь обеим странам.", [], [att("заявили")]),
                ("Через Мегри проходит и маршрут, который в Баку называют Зангезурским коридором.", ["j16"], [("loaded", "az-frame", "Зангезурским коридором")]),
            ],
        ],
    },
    "az-araz-sahili.txt": {
        "header": " date 2026-10-18 (Araz sahili)",
        "paragraphs": [
            [("Ordubadda 5,8 maqnitudalı zəlzələ: üç nəfər həlak olub", ["j1", "j2"], [])],
            [
                ("Respublika Seysmoloji Xidmət Mərkəzinin məlumatına görə, oktyabrın 18-də saat 02:17-də Naxçıvan Muxtar Respublikasının Ordubad rayonu ərazisində 5,8 maqnitudalı zəlzələ baş verib.", ["j1"], [att("məlumatına görə")]),
                ("Zəlzələnin ocağı Ermənistanla sərhəd yaxınlığında, 12 kilometr dərinlikdə yerləşib.", ["j1"], []),
                ("Dəstə kəndində evi uçan yaşlı ər-arvad, Kotam kəndində isə bir kişi həlak olub.", ["j2"], []),
                ("Fövqəladə Hallar Nazirliyinin məlumatına görə, 26 nəfər xəsarət alıb, onlardan beşi xəstəxanaya yerləşdirilib.", ["j4"], [att("məlumatına görə")]),
                ("Rayonda 300-dən çox ev, bir məktəb və bir məscid zədələnib.", ["j5"], []),
            ],
            [
                ("FHN-in 150 nəfərlik xilasedici qrupu səhər saatlarında Bakıdan Naxçıvana göndərilib, təxliyə olunan ailələr üçün Ordubadda çadır düşərgəsi qurulub.", ["j9"], [mv("evacuation", "təxliyə")]),
                ("Gün ərzində 47 afterşok qeydə alınıb, onların ən güclüsü 4,2 maqnituda olub.", ["j8"], []),
                ("Zəlzələ Araz çayının o tayında, İranın Culfa şəhərində də hiss olunub.", ["j11"], []),
            ],
            [
                ("Ermənistan tərəfi Naxçıvana xilasedicilər göndərməyi təklif edib.", ["j12"], []),
                ("Prezidentin köməkçisi Hikmət Hacıyev təklifə görə təşəkkür edib, lakin Azərbaycanın öz imkanlarının kifayət etdiyini bildirib.", ["j13"], [att("bildirib")]),
                ("FHN zəlzələdən zərər çəkmiş Ermənistan kəndlərinə də yardım göstərməyə hazır olduğunu açıqlayıb.", ["j14"], [att("açıqlayıb")]),
                ("Bu addım, şübhəsiz, Azərbaycanın humanizm siyasətinin daha bir nümunəsidir.", [], [("booster", "booster", "şübhəsiz")]),
            ],
            [
                ("Xatırladaq ki, Ordubad rayonu Qərbi Zəngəzurla həmsərhəddir.", [], [("loaded", "az-frame", "Qərbi Zəngəzurla")]),
                ("Zəngəzur dəhlizi istifadəyə verildikdən sonra Naxçıvana yardımın çatdırılması xeyli asanlaşacaq.", [], [("loaded", "az-frame", "Zəngəzur dəhlizi")]),
            ],
        ],
    },
    "hy-haravayin-lur.txt": {
        "header": " date 2026-10-18 (Հարավային լուր)",
        "paragraphs": [
            [("Սյունիքում երկրաշարժից երկու մարդ է զոհվել, վնասվել են Մեղրու և Ագարակի տներն ու դպրոցը", ["j1", "j3", "j5", "j6"], [])],
            [
                ("Հոկտեմբերի 18-ի գիշերը՝ ժամը 02:14-ին, Նախիջևանի հետ սահմանի մոտ տեղի ունեցած 5,4 մագնիտուդով երկրաշարժը զգացվել է Սյունիքի ողջ հարավում։", ["j1"], []),
                ("Սեյսմիկ պաշտպանության ծառայության տվյալներով՝ էպիկենտրոնը գտնվել է Մեղրիից մոտ 15 կիլոմետր արևմուտք։", ["j1"], [att("տվյալներով")]),
                ("Ագարակում փլված տան տակ մահացել է 74-ամյա կին։", ["j3"], []),
                ("Երեկոյան Կապանի հիվանդանոցում մահացել է նաև Մեղրիում ծանր վիրավորված տղամարդը։", ["j3"], []),
                ("Վիրավորվել է ևս 17 մարդ։", ["j4"], []),
            ],
            [
                ("Ագարակի դպրոցի պատը փլվել է, և Մեղրի համայնքի դպրոցներում դասերը դադարեցվել են։", ["j6"], []),
                ("Մեղրիում և Ագարակում վնասվել է շուրջ 120 տուն։", ["j5"], []),
                ("Քարաթափման հետևանքով Մեղրի–Ագարակ ճանապարհը, որը Հայաստանը կապում է Իրանին, երեկոյան դեռ փակ էր։", ["j7"], []),
                ("ԱԻՆ-ը Կապանից և Երևանից փրկարարական ջոկատներ է ուղարկել, իսկ տարհանված ընտանիքների համար Մեղրու մարզադահլիճում բացվել է ժամանակավոր կացարան։", ["j10"], [mv("evacuation", "տարհանված")]),
                ("Օրվա ընթացքում գրանցվել է մոտ 20 հետցնցում։", ["j8"], []),
            ],
            [
                ("Հայաստանի կառավարությունը ցավակցություն է հայտնել Ադրբեջանին և առաջարկել է փրկարարներ ուղարկել Նախիջևան։", ["j12"], []),
                ("Բաքուն առաջարկին այդպես էլ չի պատասխանել։", ["j13"], []),
                ("Փոխարենը ադրբեջանական ԱԻՆ-ը հայտարարել է, թե «պատրաստ է օգնել» հայկական գյուղերին, ինչը փորձագետները քարոզչական քայլ են համարում։", ["j14"], [att("հայտարարել է"), ("scare-quote", "distancing", "«պատրաստ է օգնել»"), att("համարում")]),
            ],
            [
                ("Սեյսմաբանները զգուշացնում են, որ Սյունիքի հարավը բարձր սեյսմիկ վտանգի գոտում է, և խորհրդային շրջանի շատ շենքեր ամրացման կարիք ունեն։", ["j15"], [att("զգուշացնում են")]),
                ("Հենց այս ճանապարհով Բաքուն տարիներ շարունակ պահանջում էր «միջանցք»՝ սպառնալով Սյունիքի ինքնիշխանությանը։", ["j16"], [("scare-quote", "distancing", "«միջանցք»"), ("loaded", "az-frame", "միջանցք")]),
            ],
        ],
    },
    "tr-sinir-boyu.txt": {
        "header": " date 2026-10-18 (Sınır Boyu)",
        "paragraphs": [
            [("Nahçıvan'da 5,8 büyüklüğünde deprem: 3 ölü, 30 yaralı", ["j1", "j2", "j4"], [])],
            [
                ("Azerbaycan'a bağlı Nahçıvan Özerk Cumhuriyeti'nin Ordubad bölgesinde pazar gecesi 5,8 büyüklüğünde deprem meydana geldi.", ["j1"], []),
                ("Depremde Ordubad'a bağlı köylerde üç kişi hayatını kaybetti, 30 kişi yaralandı.", ["j2", "j4"], []),
                ("Azerbaycan Olağanüstü Durumlar Bakanlığı, bölgeye 200 kurtarma görevlisi sevk ettiğini ve evlerinden çıkan aileler için çadırlar kurduğunu açıkladı.", ["j9"], [att("açıkladı")]),
                ("Bakanlığa göre bölgede 300'den fazla konut hasar gördü.", ["j5"], [att("göre")]),
            ],
            [
                ("Deprem, Aras Nehri'nin karşı kıyısındaki İran'ın Culfa kentinde de hissedildi.", ["j11"], []),
                ("Sabaha kadar onlarca artçı sarsıntı yaşandı.", ["j8"], []),
                ("Ermenistan'ın Syunik bölgesindeki Mehri ve Agarak'ta da hasar meydana geldiği bildirildi.", ["j5"], [att("bildirildi")]),
            ],
            [
                ("Ermenistan yönetimi Nahçıvan için kurtarma ekibi göndermeyi teklif etti.", ["j12"], []),
                ("Bakü ise kendi imkânlarının yeterli olduğunu belirterek teşekkür etti.", ["j13"], [att("belirterek")]),
                ("Azerbaycan ayrıca Ermenistan'daki depremzedelere de yardım etmeye hazır olduğunu duyurdu.", ["j14"], [att("duyurdu")]),
                ("Türkiye'de de AFAD ekiplerinin kardeş ülkeye gitmek için hazır beklediği öğrenildi.", [], [att("öğrenildi")]),
            ],
            [
                ("Uzmanlar, bölgenin Doğu Anadolu'dan Hazar'a uzanan aktif fay kuşağı üzerinde bulunduğunu hatırlattı.", ["j15"], [att("hatırlattı")]),
                ("Bölge, Nahçıvan'ı Azerbaycan'ın ana topraklarına bağlayacak Zengezur koridorunun güzergâhı üzerinde yer alıyor.", ["j16"], [("loaded", "az-frame", "Zengezur koridorunun")]),
            ],
        ],
    },
    "fa-khabar-e-shomal.txt": {
        "header": " date 2026-10-18 (خبر شمال)",
        "paragraphs": [
            [("زمین‌لرزه ۵٫۵ ریشتری مرز نخجوان و ارمنستان را لرزاند و در جلفا هم احساس شد", ["j1", "j11"], [])],
            [
                ("به گزارش مؤسسه ژئوفیزیک دانشگاه تهران، زمین‌لرزه‌ای به بزرگی ۵٫۵ ریشتر ساعت ۱:۴۴ بامداد یکشنبه به وقت ایران در نزدیکی مرز جمهوری خودمختار نخجوان و استان سیونیک ارمنستان رخ داد.", ["j1"], [att("به گزارش")]),
                ("این زمین‌لرزه در شهر مرزی جلفا و حتی در تبریز احساس شد و بسیاری از ساکنان شب را بیرون از خانه گذراندند.", ["j11"], []),
                ("مقام‌های استان آذربایجان شرقی اعلام کردند که زمین‌لرزه در خاک ایران تلفات جانی نداشته است.", ["j11"], [att("اعلام کردند")]),
                ("بر اساس گزارش‌ها، در دو سوی مرز دست‌کم سه نفر جان باختند و ده‌ها نفر زخمی شدند.", ["j2", "j3", "j4"], [("hedge", "hearsay", "بر اساس گزارش‌ها")]),
            ],
            [
                ("ریزش کوه جاده مغری به آگاراک را که به گذرگاه مرزی نوردوز می‌رسد مسدود کرد و ده‌ها کامیون ایرانی پشت آن ماندند.", ["j7"], []),
                ("وزارت اوضاع اضطراری ارمنستان از اعزام گروه‌های امداد به مغری خبر داد.", ["j10"], [att("خبر داد")]),
                ("در نخجوان نیز امدادگران جمهوری آذربایجان برای خانواده‌های آسیب‌دیده چادر برپا کردند.", ["j9"], []),
                ("ایروان اعلام کرد آماده است برای کمک به روستاهای آسیب‌دیده نخجوان نیروی امدادی بفرستد.", ["j12"], [att("اعلام کرد")]),
            ],
            [
                ("جمعیت هلال احمر ایران نیز آمادگی خود را برای ارسال کمک به هر دو کشور اعلام کرد.", [], [att("اعلام کرد")]),
                ("تا عصر یکشنبه دوازده پس‌لرزه بالای سه ریشتر ثبت شد که قوی‌ترین آن ۴ ریشتر بود.", ["j8"], []),
                ("کارشناسان زلزله‌شناسی هشدار می‌دهند که گسل‌های حوزه رود ارس توان ایجاد زمین‌لرزه‌های بزرگ‌تری را دارند.", ["j15"], [att("هشدار می‌دهند")]),
                ("ایران بارها تأکید کرده است که هیچ تغییری در مسیرهای مرزی منطقه را نمی‌پذیرد.", [], [att("تأکید کرده است")]),
                ("مرز ایران و ارمنستان در همین منطقه تنها راه زمینی ایروان به ایران است.", ["j17"], []),
            ],
        ],
    },
    "de-kaukasus-anzeiger.txt": {
        "header": " date 2026-10-19 (Kaukasus-Anzeiger)",
        "paragraphs": [
            [("Erdbeben im Grenzgebiet zwischen Armenien und Nachitschewan: Drei Tote", ["j1", "j2", "j3"], [])],
            [
                ("Ein Erdbeben der Stärke 5,6 hat in der Nacht zum Sonntag das Grenzgebiet zwischen der aserbaidschanischen Exklave Nachitschewan und der armenischen Provinz Sjunik erschüttert.", ["j1"], []),
                ("Nach Angaben beider Regierungen kamen zwei Menschen im Bezirk Ordubad und eine Frau in Agarak ums Leben.", ["j2", "j3"], [att("Nach Angaben")]),
                ("Mehr als 40 Menschen wurden verletzt.", ["j4"], []),
                ("In Agarak stürzte eine Wand der Schule ein, der Unterricht in der Gegend um Meghri fällt vorerst aus.", ["j6"], []),
            ],
            [
                ("Ein Felssturz blockierte die Straße von Meghri nach Agarak, über die der Lastwagenverkehr in den Iran läuft.", ["j7"], []),
                ("Das aserbaidschanische Katastrophenschutzministerium schickte Rettungskräfte nach Ordubad und stellte Zelte für Familien auf, die die Nacht im Freien verbracht hatten.", ["j9"], []),
                ("Auf armenischer Seite sollen rund 80 Häuser beschädigt worden sein.", ["j5"], [("hedge", "hearsay", "sollen")]),
                ("Das armenische Ministerium für Notsituationen richtete in Meghri eine Notunterkunft ein.", ["j10"], []),
                ("Bis zum Abend registrierten Seismologen Dutzende Nachbeben.", ["j8"], []),
            ],
            [
                ("Armeniens Außenministerium bot Baku Hilfe bei den Rettungsarbeiten an.", ["j12"], []),
                ("Präsidentenberater Hikmet Hadschijew bedankte sich, erklärte aber, Aserbaidschan komme mit eigenen Kräften aus.", ["j13"], [att("bedankte"), att("erklärte")]),
                ("Zu spüren war das Beben auch in der iranischen Grenzstadt Dschulfa.", ["j11"], []),
            ],
            [
                ("Fachleute halten das Gebiet für eines der am stärksten erdbebengefährdeten im Südkaukasus.", ["j15"], [att("halten")]),
                ("Bei dem Erdbeben von Spitak im Norden Armeniens kamen 1988 mindestens 25.000 Menschen ums Leben.", [], []),
                ("Über Meghri verläuft auch die Transitroute nach Nachitschewan, um die beide Länder jahrelang gestritten haben.", ["j16"], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (k): the border commissions sign a protocol on a section near Kirants (Tavush).
# Held out: written without looking at the concept lexicon, the cue lexicons or the aligner.
# ---------------------------------------------------------------------------------------------
FACTS_K = {
    "k1": "On Tuesday 10 November the Armenian and Azerbaijani delimitation commissions, led by deputy prime ministers Mher Grigoryan and Shahin Mustafayev, met in Gazakh and signed a protocol",
    "k2": "The protocol fixes a section of about 12 km near the Armenian village of Kirants in Tavush (ru: about 11; az: 14; fr: about a dozen)",
    "k3": "About 90 hectares of Kirants's pastures and orchards end up on the Azerbaijani side (ru: about 80; az: more than 100; hy: 140 by the villagers' count; ka: 95)",
    "k4": "Part of the Kirants–Ijevan road (about 3 km; hy: 4 km) crosses the new line and must be rerouted (bypass by end 2027; es: within a year)",
    "k5": "Yerevan says the line follows Soviet General Staff maps of 1976",
    "k6": "Baku calls it the return of its villages (Sarıtala and Çaylıq, abandoned since the early 1990s), a historic step",
    "k7": "Kirants villagers protested (about 200; ru: about a hundred; hy: about 500; fr: several hundred; ka: up to 300; az: a group of radicals)",
    "k8": "Protesters blocked the road to Ijevan, some with tractors",
    "k9": "Police detained protesters (6; ru: 8; az: 5; hy: 12; fr: at least seven)",
    "k10": "The government promises compensation to the families losing land (hy: more than 30 families, two to leave their houses)",
    "k11": "The European Union welcomed the protocol as a step towards peace",
    "k12": "Russia's foreign ministry (Maria Zakharova) said Moscow had provided archive maps and was ready to help",
    "k13": "The Armenian opposition calls the protocol a (new, unilateral) concession / capitulation",
    "k14": "The commissions will meet again in December (ka: in Yerevan)",
    "k15": "Border pillars are to be installed within a month (az: two weeks; fr: before the end of the year)",
    "k16": "In 2024 a similar delimitation in Tavush handed four villages of the Gazakh district to Azerbaijan (background)",
    "k17": "The 2024 delimitation in Tavush set off weeks of mass protests (Tavush for the Homeland movement, Archbishop Bagrat Galstanyan) (background)",
}

ARTICLES_K = {
    "en-frontier-bulletin.txt": {
        "header": " date 2026-11-10 (Frontier Bulletin)",
        "paragraphs": [
            [("Armenia and Azerbaijan agree border line near Tavush village of Kirants", ["k1", "k2"], [])],
            [
                ("Border commissions from Armenia and Azerbaijan signed a protocol on Tuesday fixing a 12-kilometre section of their frontier near the Armenian village of Kirants, in the northern province of Tavush.", ["k1", "k2"], []),
                ("The document was signed in the Azerbaijani town of Gazakh by the two deputy prime ministers who lead the commissions, Mher Grigoryan and Shahin Mustafayev.", ["k1"], []),
            ],
            [
                ("Under the agreement, about 90 hectares of pasture and orchards that Kirants farmers have worked since the 1990s will be on the Azerbaijani side of the line.", ["k3"], []),
                ("A stretch of roughly three kilometres of the road between Kirants and Ijevan, the provincial capital, also crosses the new border and will have to be rerouted.", ["k4"], []),
                ("Armenia's government said a bypass would be built by the end of 2027.", ["k4"], [att("said")]),
            ],
            [
                ("Mr Grigoryan said the line follows Soviet General Staff maps from 1976, which both sides accepted as the basis for delimitation.", ["k5"], [att("said")]),
                ("In Baku, Mr Mustafayev's office described the protocol as the return of the Azerbaijani villages of Sarıtala and Çaylıq, abandoned since the early 1990s, to their rightful owners.", ["k6"], [att("described")]),
            ],
            [
                ("About 200 villagers gathered at the entrance to Kirants on Tuesday afternoon to protest against the deal.", ["k7"], []),
                ("Some of them blocked the road to Ijevan with tractors for several hours.", ["k8"], []),
                ("Police detained six people, a spokesman for the interior ministry said.", ["k9"], [att("said")]),
            ],
            [
                ("The European Union welcomed the protocol as a concrete step towards peace.", ["k11"], [att("welcomed")]),
                ("Russia's foreign ministry spokeswoman Maria Zakharova said Moscow had given both sides copies of its archive maps and was ready to help further.", ["k12"], [att("said")]),
                ("The opposition in Yerevan accused the government of making yet another unilateral concession.", ["k13"], [att("accused")]),
            ],
            [
                ("The commissions will meet again in December, and border pillars are to be installed within a month.", ["k14", "k15"], []),
                ("In 2024 Armenia handed over four abandoned villages in the Gazakh district after a similar delimitation further north in Tavush, prompting weeks of protests led by Archbishop Bagrat Galstanyan.", ["k16", "k17"], []),
            ],
        ],
    },
    "es-vigia-de-levante.txt": {
        "header": " date 2026-11-11 (El Vigía de Levante)",
        "paragraphs": [
            [("Armenia y Azerbaiyán trazan su frontera junto a la aldea armenia de Kirants", ["k1", "k2"], [])],
            [
                ("Las comisiones de delimitación de Armenia y Azerbaiyán firmaron el martes en Gazaj un protocolo sobre un tramo de 12 kilómetros de su frontera común, junto a la aldea armenia de Kirants, en la provincia de Tavush.", ["k1", "k2"], []),
                ("Al frente de las delegaciones estaban los viceprimeros ministros Mher Grigorián y Shahin Mustafáyev.", ["k1"], []),
            ],
            [
                ("Según el Gobierno armenio, la nueva línea sigue los mapas del Estado Mayor soviético de 1976.", ["k5"], [att("Según")]),
                ("Bakú, en cambio, presenta el acuerdo como la recuperación de dos aldeas azerbaiyanas abandonadas a principios de los años noventa.", ["k6"], [att("presenta")]),
            ],
            [
                ("Unas 90 hectáreas de pastos y huertos que cultivaban los vecinos de Kirants quedarán del lado azerbaiyano.", ["k3"], []),
                ("Además, unos tres kilómetros de la carretera entre Kirants e Ijevan tendrán que desviarse.", ["k4"], []),
                ("El Gobierno armenio se ha comprometido a construir el nuevo trazado en el plazo de un año y a indemnizar a las familias afectadas.", ["k4", "k10"], []),
            ],
            [
                ("El martes por la tarde, unos 200 vecinos se concentraron a la entrada del pueblo en señal de protesta.", ["k7"], []),
                ("Algunos cortaron durante varias horas la carretera de Ijevan con tractores y camiones.", ["k8"], []),
                ("Seis personas fueron detenidas, según el Ministerio del Interior.", ["k9"], [("agency", "agentless", "fueron detenidas"), att("según")]),
            ],
            [
                ("La oposición armenia habla de una nueva «concesión unilateral» del primer ministro Nikol Pashinián.", ["k13"], [att("habla de"), ("scare-quote", "distancing", "«concesión unilateral»")]),
                ("La Unión Europea celebró el acuerdo como un paso concreto hacia la paz.", ["k11"], [att("celebró")]),
            ],
            [
                ("En 2024, un proceso similar más al norte de Tavush devolvió a Azerbaiyán cuatro aldeas del distrito de Gazaj y desató semanas de protestas.", ["k16", "k17"], []),
                ("Armenia y Azerbaiyán rubricaron en agosto de 2025 en Washington un acuerdo de paz que aún no han firmado.", [], []),
            ],
        ],
    },
    "ru-kavkazskii-obozrevatel.txt": {
        "header": " date 2026-11-10 (Кавказский обозреватель)",
        "paragraphs": [
            [("Ереван и Баку подписали протокол о границе у Киранца, в селе протесты", ["k1", "k7"], [])],
            [
                ("Во вторник в азербайджанском Газахе вице-премьеры Армении и Азербайджана Мгер Григорян и Шахин Мустафаев подписали протокол о делимитации участка границы у тавушского села Киранц.", ["k1"], []),
                ("Протяжённость участка, по данным армянской стороны, составляет около 11 километров.", ["k2"], [att("по данным")]),
                ("К Азербайджану отходят около 80 гектаров пастбищ и садов, а также отрезок дороги Киранц — Иджеван длиной около трёх километров.", ["k3", "k4"], []),
                ("В Ереване утверждают, что линия проведена по советским картам Генштаба 1976 года.", ["k5"], [doubt("утверждают")]),
            ],
            [
                ("Официальный представитель МИД России Мария Захарова напомнила, что Москва передала сторонам копии архивных карт, и выразила готовность и дальше содействовать процессу.", ["k12"], [att("напомнила")]),
                ("По её словам, так называемые западные посредники к этому соглашению никакого отношения не имеют.", ["k12"], [att("По её словам"), ("scare-quote", "marker", "так называемые")]),
            ],
            [
                ("В самом Киранце во вторник на протест вышли около сотни жителей.", ["k7"], []),
                ("Часть из них перекрыла трассу на Иджеван.", ["k8"], []),
                ("Как сообщается, полиция задержала восемь человек.", ["k9"], [("hedge", "hearsay", "Как сообщается")]),
                ("Власти обещают семьям, лишившимся земли, компенсацию, однако сельчане называют её размер символическим.", ["k10"], [att("называют")]),
                ("Оппозиция назвала документ очередной уступкой Баку.", ["k13"], [att("назвала")]),
            ],
            [
                ("В Баку подписание протокола преподносят как «возвращение исконных сёл».", ["k6"], [doubt("преподносят"), ("scare-quote", "distancing", "«возвращение исконных сёл»")]),
                ("Евросоюз, как и ожидалось, приветствовал договорённость.", ["k11"], [att("приветствовал")]),
            ],
            [
                ("Напомним, что весной 2024 года передача четырёх сёл в Газахском районе вызвала в Армении массовые протесты движения «Тавуш во имя Родины».", ["k16", "k17"], []),
                ("В том же году Армения заморозила своё участие в ОДКБ.", [], []),
            ],
        ],
    },
    "az-yurd-qapisi.txt": {
        "header": " date 2026-11-10 (Yurd qapısı)",
        "paragraphs": [
            [("Qazaxda tarixi addım: Sarıtala və Çaylıq kəndləri Azərbaycana qaytarılır", ["k1", "k6"], [])],
            [
                ("Noyabrın 10-da Qazax şəhərində Azərbaycan və Ermənistan arasında dövlət sərhədinin delimitasiyası üzrə dövlət komissiyalarının növbəti iclası keçirilib.", ["k1"], []),
                ("Baş nazirin müavinləri Şahin Mustafayev və Mher Qriqoryan Qazax rayonunun Sarıtala və Çaylıq kəndləri yaxınlığında 14 kilometrlik sərhəd hissəsinə dair protokol imzalayıblar.", ["k1", "k2"], []),
            ],
            [
                ("Şahin Mustafayev bildirib ki, bu, otuz ildən artıq yurd həsrəti çəkən insanların öz kəndlərinə qayıdışı deməkdir.", ["k6"], [att("bildirib")]),
                ("Prezidentin köməkçisi Hikmət Hacıyev protokolu tarixi ədalətin bərpası yolunda mühüm addım adlandırıb.", ["k6"], [att("adlandırıb")]),
                ("Protokola əsasən, 100 hektardan çox kənd təsərrüfatı torpağı Azərbaycana qaytarılır.", ["k3"], []),
                ("Erməni tərəfi Kirants–İcevan yolunun Azərbaycan ərazisindən keçən hissəsini başqa yerə köçürməli olacaq.", ["k4"], []),
            ],
            [
                ("Ermənistan tərəfi də sərhəd xəttinin 1976-cı ilin sovet xəritələrinə əsaslandığını etiraf edib.", ["k5"], [att("etiraf edib")]),
                ("Sərhəd dirəkləri iki həftə ərzində quraşdırılacaq, ardınca ərazidə Dövlət Sərhəd Xidmətinin bölmələri yerləşdiriləcək.", ["k15"], []),
                ("Komissiyaların növbəti iclası dekabrda keçiriləcək.", ["k14"], []),
            ],
            [
                ("Kirantsda isə bir qrup radikal müxalifət tərəfdarı yolu bağlayaraq təxribat törətməyə cəhd edib.", ["k7", "k8"], [("loaded", "contested", "təxribat")]),
                ("Polis ictimai asayişi pozan 5 nəfəri saxlayıb.", ["k9"], []),
                ("Avropa İttifaqı sənədin imzalanmasını alqışlayıb.", ["k11"], [att("alqışlayıb")]),
            ],
            [
                ("Xatırladaq ki, 2024-cü ildə Qazax rayonunun dörd kəndi də bu yolla Azərbaycana qaytarılmışdı.", ["k16"], []),
                ("Bu proses, şübhəsiz, bütün sərhəd boyu davam etdiriləcək.", [], [("booster", "booster", "şübhəsiz")]),
            ],
        ],
    },
    "hy-hyusisayin-darpas.txt": {
        "header": " date 2026-11-11 (Հյուսիսային դարպաս)",
        "paragraphs": [
            [("Կիրանցի հողերը հանձնվում են Ադրբեջանին, գյուղացիները փակել են ճանապարհը", ["k3", "k8"], [])],
            [
                ("Երեքշաբթի Ղազախում Մհեր Գրիգորյանը և Շահին Մուստաֆաևը ստորագրել են Տավուշի Կիրանց գյուղի մոտ 12 կիլոմետրանոց հատվածի սահմանազատման արձանագրությունը։", ["k1", "k2"], []),
                ("Գյուղացիների հաշվարկով՝ Ադրբեջանին է անցնում Կիրանցի մոտ 140 հեկտար արոտավայր ու այգի։", ["k3"], [att("հաշվարկով")]),
                ("Կիրանց–Իջևան ճանապարհի շուրջ 4 կիլոմետրանոց հատվածը նույնպես հայտնվում է սահմանի մյուս կողմում։", ["k4"], []),
            ],
            [
                ("Կառավարությունը պնդում է, թե գիծն անցկացվել է 1976 թվականի խորհրդային քարտեզներով։", ["k5"], [doubt("պնդում է")]),
                ("Իսկ Բաքուն արդեն տոնում է, այսպես կոչված, «գյուղերի վերադարձը»։", ["k6"], [("scare-quote", "marker", "այսպես կոչված"), ("scare-quote", "distancing", "«գյուղերի վերադարձը»")]),
            ],
            [
                ("Երեքշաբթի երեկոյան Կիրանցի մոտ 500 բնակիչ դուրս է եկել բողոքի։", ["k7"], []),
                ("Նրանք տրակտորներով փակել են Իջևանի ճանապարհը և պահանջել չեղարկել արձանագրությունը։", ["k8"], []),
                ("Ոստիկանությունը բերման է ենթարկել 12 մարդու, այդ թվում՝ գյուղապետի եղբորը։", ["k9"], []),
                ("Կառավարությունը խոստանում է փոխհատուցում տալ ավելի քան 30 ընտանիքի, որոնցից երկուսը ստիպված կլինեն լքել իրենց տները։", ["k10"], [mv("forced", "ստիպված կլինեն լքել")]),
            ],
            [
                ("Ընդդիմությունը արձանագրությունը որակել է որպես հերթական միակողմանի զիջում։", ["k13"], [att("որակել է")]),
                ("Ընդդիմադիր պատգամավորների խոսքով՝ Ադրբեջանը շարունակում է օկուպացված պահել Հայաստանի ինքնիշխան տարածքի հարյուրավոր քառակուսի կիլոմետրեր։", [], [att("խոսքով"), ("loaded", "hy-frame", "օկուպացված")]),
                ("ԵՄ-ն ողջունել է համաձայնությունը՝ այն անվանելով քայլ դեպի խաղաղություն։", ["k11"], [att("ողջունել է"), att("անվանելով")]),
            ],
            [
                ("2024 թվականին Տավուշում նման սահմանազատման դեմ «Տավուշը հանուն հայրենիքի» շարժումը հազարավոր մարդկանց էր հանել փողոց։", ["k17"], []),
            ],
        ],
    },
    "fr-sentinelle-armenienne.txt": {
        "header": " date 2026-11-11 (La Sentinelle arménienne)",
        "paragraphs": [
            [("À Kirants, la frontière passe désormais au milieu des vergers", ["k3"], [])],
            [
                ("Réunies mardi à Gazakh, les commissions de délimitation arménienne et azerbaïdjanaise ont signé un protocole sur une douzaine de kilomètres de frontière au pied du village de Kirants, dans le Tavush.", ["k1", "k2"], []),
                ("Les vice-Premiers ministres Mher Grigorian et Chahin Moustafaïev ont paraphé le document à huis clos.", ["k1"], []),
                ("Selon Erevan, le tracé reprend fidèlement les cartes soviétiques de 1976.", ["k5"], [att("Selon")]),
                ("Bakou y voit le « retour » de deux villages azerbaïdjanais abandonnés depuis plus de trente ans, Sarıtala et Çaylıq.", ["k6"], [att("y voit"), ("scare-quote", "distancing", "« retour »")]),
            ],
            [
                ("Pour les habitants de Kirants, le prix est lourd : leurs pâturages et une partie de leurs vergers passeront de l'autre côté.", ["k3"], []),
                ("La route vers Idjevan, la seule qui relie le village au reste du pays, devra être déviée sur environ trois kilomètres.", ["k4"], []),
                ("Mardi soir, plusieurs centaines de villageois ont bloqué cette route avec des tracteurs.", ["k7", "k8"], []),
                ("Au moins sept personnes auraient été interpellées dans la nuit.", ["k9"], [("hedge", "hearsay", "auraient"), ("agency", "agentless", "interpellées")]),
                ("Le gouvernement promet des indemnités, mais beaucoup de familles disent ne pas savoir où faire paître leur bétail l'an prochain.", ["k10"], [att("disent")]),
            ],
            [
                ("L'opposition dénonce une « capitulation » et réclame la démission du Premier ministre Nikol Pachinian.", ["k13"], [att("dénonce"), ("scare-quote", "distancing", "« capitulation »")]),
                ("L'Union européenne a salué un « pas concret vers la paix ».", ["k11"], [att("salué"), ("scare-quote", "distancing", "« pas concret vers la paix »")]),
                ("Moscou, par la voix de Maria Zakharova, prétend avoir rendu l'accord possible en fournissant ses cartes d'archives.", ["k12"], [doubt("prétend")]),
                ("Les bornes devraient être posées avant la fin de l'année.", ["k15"], [("hedge", "uncertain", "devraient")]),
            ],
            [
                ("Le monastère de Kirants, joyau du XIIIe siècle, se trouve à quelques kilomètres du nouveau tracé.", [], []),
            ],
        ],
    },
    "ka-sasazghvro-ambebi.txt": {
        "header": " date 2026-11-11 (სასაზღვრო ამბები)",
        "paragraphs": [
            [("სომხეთმა და აზერბაიჯანმა კირანცთან საზღვრის მონაკვეთი შეათანხმეს", ["k1", "k2"], [])],
            [
                ("სომხეთისა და აზერბაიჯანის სადელიმიტაციო კომისიებმა სამშაბათს ყაზახში ტავუშის სოფელ კირანცთან მდებარე 12-კილომეტრიანი მონაკვეთის ოქმს მოაწერეს ხელი.", ["k1", "k2"], []),
                ("დოკუმენტს ხელი ვიცე-პრემიერებმა, მჰერ გრიგორიანმა და შაჰინ მუსტაფაევმა მოაწერეს.", ["k1"], []),
                ("სომხური მხარის ინფორმაციით, ახალი ხაზი 1976 წლის საბჭოთა რუკებს ეფუძნება.", ["k5"], [att("ინფორმაციით")]),
                ("ბაქო ამ ნაბიჯს ორი მიტოვებული აზერბაიჯანული სოფლის დაბრუნებად მიიჩნევს.", ["k6"], [att("მიიჩნევს")]),
                ("აზერბაიჯანის მხარეს დაახლოებით 95 ჰექტარი სახნავი მიწა და საძოვარი გადავა.", ["k3"], []),
            ],
            [
                ("სამშაბათს კირანცში 300-მდე ადამიანმა საპროტესტო აქცია გამართა.", ["k7"], []),
                ("პოლიციამ ექვსი მომიტინგე დააკავა.", ["k9"], []),
                ("სომხური ოპოზიცია ოქმს დათმობას უწოდებს.", ["k13"], [att("უწოდებს")]),
            ],
            [
                ("ევროკავშირი შეთანხმებას მიესალმა.", ["k11"], [att("მიესალმა")]),
                ("რუსეთის საგარეო საქმეთა სამინისტროს სპიკერმა მარია ზახაროვამ განაცხადა, რომ მოსკოვი მზადაა მხარეებს დაეხმაროს.", ["k12"], [att("განაცხადა")]),
                ("კომისიების შემდეგი შეხვედრა დეკემბერში ერევანში გაიმართება.", ["k14"], []),
            ],
            [
                ("საქართველოს საზღვარი კირანციდან სულ რამდენიმე ათეულ კილომეტრშია.", [], []),
                ("2024 წელს ტავუშში მსგავსმა პროცესმა მასშტაბური საპროტესტო მოძრაობა გამოიწვია.", ["k17"], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (l), held out: a wildfire burns for three days in the Khosrov Forest reserve (Ararat
# province, Armenia) near the border with Nakhchivan; its cause is disputed across the border.
# Written without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned on.
# Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_L = {
    "l1": "A wildfire broke out on Friday 7 August in the Khosrov Forest State Reserve in Armenia's Ararat province, near the border with Azerbaijan's Nakhchivan",
    "l2": "The fire burned for three days and was contained on Sunday evening (ru: put out only on Monday morning; tr: brought under control on Sunday)",
    "l3": "About 300 hectares burned, twice Saturday's estimate (ru: about 250; az, tr: about 200; hy: more than 400; uk: about 350; fr: several hundred)",
    "l4": "About 400 firefighters, soldiers and volunteers fought the fire, helped by an emergency ministry helicopter (ru: about 300; hy: more than 500; uk: about 450)",
    "l5": "A foreign firefighting aircraft joined on Saturday: a Russian Be-200 sent at Yerevan's request (en, ru, uk; fr: according to Moscow) / an Iranian aircraft (az, hy, tr; fr: the one Yerevan thanks)",
    "l6": "Residents of Urtsadzor were evacuated and neighbouring villages put on alert (en: about 150; ru: about a hundred; hy: 60 families; uk: more than 200)",
    "l7": "No one died; firefighters were injured (en: three treated for burns and smoke; ru: two in hospital with burns; hy: five; uk: four; fr: a few, lightly; tr: no casualties only)",
    "l8": "Smoke from the fire reached Yerevan on Saturday (uk: residents advised to keep windows shut)",
    "l9": "Armenia's emergency ministry named heat and drought as the likely cause (en, hy: an investigation / criminal case has been opened)",
    "l10": "Local officials, villagers or Armenian media suspect the fire was started by shooting from Azerbaijani positions across the border (hy: deliberately)",
    "l11": "Azerbaijan's Defence Ministry denied any firing and said the fire started on the Armenian side (en, az: and spread towards the border / Nakhchivan)",
    "l12": "Environmentalists warn of the loss of rare species' habitat (Caucasian leopard, bezoar goat, Armenian mouflon, old junipers)",
    "l13": "The government (en, hy: Prime Minister Nikol Pashinyan) promises to replant the burned areas from next spring",
    "l14": "The reserve was founded in 1958 (en, ru: one of the oldest protected areas in the South Caucasus; en, hy, fr: on UNESCO's tentative list)",
    "l15": "The reserve has burned before, notably in the summer of 2017 (az: fires almost every summer)",
}

ARTICLES_L = {
    "en-plateau-tribune.txt": {
        "header": " date 2026-08-10 (The Plateau Tribune)",
        "paragraphs": [
            [("Wildfire burns through Armenia's Khosrov reserve near Nakhchivan border", ["l1"], [])],
            [
                ("A wildfire that broke out on Friday in the Khosrov Forest State Reserve, in Armenia's Ararat province near the border with Azerbaijan's Nakhchivan exclave, was contained on Sunday evening after burning for three days, the country's emergency situations ministry said.", ["l1", "l2"], [att("said")]),
                ("About 300 hectares had burned by Sunday, twice the ministry's estimate on Saturday.", ["l3"], []),
            ],
            [
                ("Some 400 firefighters, soldiers and volunteers fought the flames on steep, rocky slopes, while a ministry helicopter dropped water from the air.", ["l4"], []),
                ("A Russian Be-200 firefighting aircraft joined them on Saturday at Yerevan's request.", ["l5"], []),
                ("About 150 residents of the village of Urtsadzor were evacuated as a precaution, and neighbouring villages were put on alert.", ["l6"], [mv("evacuation", "evacuated")]),
                ("No one was killed, but three firefighters were treated for burns and smoke inhalation.", ["l7"], []),
            ],
            [
                ("The ministry said a week of temperatures above 40 degrees and a long drought were the most likely cause, but an investigation has been opened.", ["l9"], [att("said"), ("hedge", "uncertain", "likely")]),
                ("Local officials in Urtsadzor suspect that the fire was started by shooting from Azerbaijani positions across the border, though they have offered no evidence.", ["l10"], [att("suspect")]),
                ("The Azerbaijani Defence Ministry denied that its troops had fired and said the fire had started on the Armenian side before spreading towards Nakhchivan.", ["l11"], [att("denied"), att("said")]),
            ],
            [
                ("Conservationists warned that the reserve is one of the last refuges of the Caucasian leopard and the bezoar goat in Armenia, and that its rare plants may take decades to recover.", ["l12"], [att("warned"), ("hedge", "uncertain", "may")]),
                ("Prime Minister Nikol Pashinyan promised that the burned slopes would be replanted, starting next spring.", ["l13"], []),
                ("Founded in 1958, the reserve is one of the oldest protected areas in the South Caucasus and is on UNESCO's tentative list of World Heritage sites.", ["l14"], []),
                ("By tradition, the forest was planted on the orders of Khosrov, a fourth-century Armenian king, whose name it still bears.", [], []),
            ],
        ],
    },
    "ru-kavkazskaya-nedelya.txt": {
        "header": " date 2026-08-10 (Кавказская неделя)",
        "paragraphs": [
            [("Российский Бе-200 помог потушить пожар в армянском заповеднике «Хосровский лес»", ["l1", "l5"], [])],
            [
                ("В пятницу в заповеднике «Хосровский лес» в Араратской области Армении, недалеко от границы с Нахичеванью, вспыхнул лесной пожар.", ["l1"], []),
                ("Окончательно потушить огонь удалось лишь в понедельник утром.", ["l2"], []),
                ("По данным МЧС Армении, выгорело около 250 гектаров леса.", ["l3"], [att("По данным")]),
            ],
            [
                ("С огнём боролись около 300 спасателей и военнослужащих, с воздуха им помогал вертолёт армянского МЧС.", ["l4"], []),
                ("В субботу по просьбе Еревана в Армению прибыл самолёт-амфибия Бе-200 МЧС России, который, по словам армянских спасателей, сыграл в тушении решающую роль.", ["l5"], [att("по словам")]),
                ("Около ста жителей села Урцадзор были эвакуированы.", ["l6"], [mv("evacuation", "эвакуированы")]),
                ("Погибших нет, двое пожарных с ожогами доставлены в больницу.", ["l7"], []),
                ("В субботу дым от пожара дошёл до Еревана.", ["l8"], []),
            ],
            [
                ("В МЧС Армении наиболее вероятной причиной пожара считают аномальную жару и засуху.", ["l9"], [att("считают"), ("hedge", "uncertain", "вероятной")]),
                ("Ряд армянских СМИ и местные власти утверждают, что лес загорелся после обстрела с азербайджанских позиций.", ["l10"], [doubt("утверждают")]),
                ("В Минобороны Азербайджана эти обвинения отвергли, заявив, что пожар начался на армянской стороне.", ["l11"], [att("отвергли"), att("заявив")]),
            ],
            [
                ("Экологи предупреждают, что огонь уничтожил места обитания переднеазиатского леопарда и безоарового козла.", ["l12"], [att("предупреждают")]),
                ("Заповедник был основан в 1958 году и считается одним из старейших на Южном Кавказе.", ["l14"], []),
                ("Российские самолёты Бе-200 не раз помогали тушить крупные лесные пожары за рубежом, в том числе в Турции.", [], []),
                ("Напомним, что в Гюмри размещена российская военная база.", [], []),
            ],
        ],
    },
    "az-veten-harayi.txt": {
        "header": " date 2026-08-10 (Vətən harayı)",
        "paragraphs": [
            [("Müdafiə Nazirliyi: Xosrov qoruğunda yanğın erməni tərəfində başlayıb", ["l1", "l11"], [])],
            [
                ("Avqustun 7-də Ermənistanın Ararat vilayətindəki Xosrov meşəsi qoruğunda, Naxçıvan Muxtar Respublikası ilə sərhəd yaxınlığında güclü meşə yanğını baş verib.", ["l1"], []),
                ("Yanğın üç gün davam edib və yalnız bazar günü axşam söndürülüb.", ["l2"], []),
                ("İlkin məlumata görə, təxminən 200 hektar meşə sahəsi yanıb.", ["l3"], [("hedge", "uncertain", "İlkin məlumata görə")]),
            ],
            [
                ("Azərbaycan Müdafiə Nazirliyi bölmələrimizin Ermənistan tərəfinə atəş açması barədə iddiaları təkzib edib.", ["l11"], [doubt("iddiaları"), att("təkzib edib")]),
                ("Nazirliyin məlumatına görə, yanğın erməni tərəfində başlayıb və küləyin təsiri ilə sərhəd xəttinə doğru yayılıb.", ["l11"], [att("məlumatına görə")]),
                ("Naxçıvan Qarnizonunun bölmələri alovun Azərbaycan ərazisinə keçməməsi üçün zəruri tədbirlər görüb.", [], []),
            ],
            [
                ("Erməni mediası isə yanğının Azərbaycan mövqelərindən açılan atəş nəticəsində başladığını iddia edir.", ["l10"], [doubt("iddia edir")]),
                ("Maraqlıdır ki, Ermənistanın Fövqəladə Hallar Nazirliyi özü də yanğının əsas səbəbi kimi quraqlığı və şiddətli istini göstərib.", ["l9"], [att("göstərib")]),
                ("Bu cür əsassız iddialar, şübhəsiz, regionda sülh prosesinə xələl gətirir.", [], [doubt("əsassız"), doubt("iddialar"), ("booster", "booster", "şübhəsiz")]),
            ],
            [
                ("Yanğının söndürülməsinə İrandan göndərilən yanğınsöndürən təyyarə də cəlb olunub.", ["l5"], []),
                ("Qeyd edək ki, Xosrov qoruğunda meşə yanğınları demək olar ki, hər yay baş verir, 2017-ci ildə də burada böyük yanğın olmuşdu.", ["l15"], []),
                ("Xatırladaq ki, Naxçıvan Muxtar Respublikasının Ermənistanla sərhədinin uzunluğu 200 kilometrdən çoxdur.", [], []),
            ],
        ],
    },
    "hy-araratyan-hovit.txt": {
        "header": " date 2026-08-10 (Արարատյան հովիտ)",
        "paragraphs": [
            [("Խոսրովի անտառն այրվել է երեք օր, ուրցաձորցիները հրդեհի համար մեղադրում են ադրբեջանական կողմին", ["l1", "l2", "l10"], [att("մեղադրում են")])],
            [
                ("Օգոստոսի 7-ին՝ ուրբաթ կեսօրին, Արարատի մարզի «Խոսրովի անտառ» պետական արգելոցում՝ Նախիջևանի հետ սահմանի մոտ, բռնկված հրդեհը տեղայնացվել է միայն կիրակի երեկոյան։", ["l1", "l2"], []),
                ("Այրվել է ավելի քան 400 հեկտար անտառ ու արոտավայր։", ["l3"], []),
                ("Հրդեհի դեմ պայքարել են ավելի քան 500 հրշեջ-փրկարար, զինծառայող ու կամավոր, իսկ ԱԻՆ ուղղաթիռը ջուր է լցրել դժվարամատչելի լանջերին։", ["l4"], []),
                ("Շաբաթ օրը նրանց օգնության է հասել նաև Իրանից ժամանած հրշեջ ինքնաթիռը։", ["l5"], []),
                ("Հինգ հրշեջ ստացել է այրվածքներ և տեղափոխվել հիվանդանոց, զոհեր չկան։", ["l7"], []),
            ],
            [
                ("Ուրցաձորից տարհանվել է 60 ընտանիք, իսկ հարևան գյուղերում հայտարարվել է բարձր պատրաստականություն։", ["l6"], [mv("evacuation", "տարհանվել")]),
                ("Ուրցաձորի վարչական ղեկավարի խոսքով՝ կրակը բռնկվել է սահմանի այն հատվածում, որտեղ նախորդ գիշեր ադրբեջանական դիրքերից կրակոցներ են լսվել։", ["l10"], [att("խոսքով")]),
                ("Գյուղացիները համոզված են, որ անտառը դիտավորյալ հրկիզել է հակառակորդը։", ["l10"], [att("համոզված են")]),
                ("Ադրբեջանի ՊՆ-ն պնդում է, թե իր ստորաբաժանումները կրակ չեն բացել, և հրդեհը սկսվել է հայկական կողմում։", ["l11"], [doubt("պնդում է")]),
                ("ԱԻՆ-ը հրդեհի հավանական պատճառ է համարում շոգն ու երաշտը, իսկ Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել։", ["l9"], [att("համարում"), ("hedge", "uncertain", "հավանական")]),
            ],
            [
                ("Շաբաթ օրը ծուխը հասել է Երևան։", ["l8"], []),
                ("Բնապահպանները զգուշացնում են, որ հրդեհը կարող է անդառնալի վնաս հասցնել կովկասյան ընձառյուծի և հայկական մուֆլոնի բնակավայրերին։", ["l12"], [att("զգուշացնում են"), ("hedge", "uncertain", "կարող է")]),
                ("Վարչապետ Նիկոլ Փաշինյանը խոստացել է, որ այրված տարածքները կվերանտառապատվեն հաջորդ գարնանից։", ["l13"], []),
                ("1958 թվականին հիմնադրված արգելոցը ընդգրկված է ՅՈՒՆԵՍԿՕ-ի համաշխարհային ժառանգության նախնական ցանկում։", ["l14"], []),
                ("Ուրցաձորի բնակիչները 1990-ականներից ապրում են ադրբեջանական դիրքերի անմիջական հարևանությամբ։", [], []),
            ],
        ],
    },
    "tr-aras-kiyisi.txt": {
        "header": " date 2026-08-10 (Aras Kıyısı)",
        "paragraphs": [
            [("Ermenistan'daki orman yangını Nahçıvan sınırına dayandı", ["l1"], [])],
            [
                ("Ermenistan'ın Ararat iline bağlı Hosrov Ormanı Koruma Alanı'nda cuma günü çıkan yangın, Azerbaycan'ın Nahçıvan Özerk Cumhuriyeti sınırına kadar ilerledi.", ["l1"], []),
                ("Üç gün süren yangın pazar günü kontrol altına alındı.", ["l2"], []),
                ("Yaklaşık 200 hektarlık alan küle döndü.", ["l3"], []),
            ],
            [
                ("Azerbaycan Savunma Bakanlığı, yangının Ermeni tarafında başladığını ve Azerbaycan mevzilerinden ateş açılmadığını açıkladı.", ["l11"], [att("açıkladı")]),
                ("Erivan'daki bazı çevreler ise yangının Azerbaycan mevzilerinden açılan ateş sonucu çıktığını iddia ediyor.", ["l10"], [doubt("iddia ediyor")]),
                ("Ermenistan Acil Durumlar Bakanlığı bile aşırı sıcakları ve kuraklığı yangının muhtemel nedeni olarak gösterdi.", ["l9"], [att("gösterdi"), ("hedge", "uncertain", "muhtemel")]),
            ],
            [
                ("Yangına İran'dan gönderilen bir yangın söndürme uçağı da müdahale etti.", ["l5"], []),
                ("Yangında can kaybı yaşanmadı.", ["l7"], []),
                ("Nahçıvan'daki yetkililer, dumanın sınır köylerinde de hissedildiğini belirtti.", [], [att("belirtti")]),
                ("Hosrov'da daha önce, 2017 yazında da büyük bir yangın çıkmıştı.", ["l15"], []),
            ],
            [
                ("Türkiye, Azerbaycan'a gerekirse yangın söndürme uçağı göndermeye hazır olduğunu bildirdi.", [], [att("bildirdi")]),
                ("Nahçıvan, Türkiye ile kara sınırı bulunan tek Azerbaycan toprağıdır.", [], []),
            ],
        ],
    },
    "fr-carnet-du-caucase.txt": {
        "header": " date 2026-08-11 (Le Carnet du Caucase)",
        "paragraphs": [
            [("En Arménie, la forêt de Khosrov, refuge du léopard, ravagée par les flammes", ["l1"], [])],
            [
                ("Il a fallu trois jours aux secours arméniens pour maîtriser l'incendie qui s'était déclaré vendredi dans la réserve de la forêt de Khosrov, dans la province d'Ararat, à quelques kilomètres du Nakhitchevan azerbaïdjanais.", ["l1", "l2"], []),
                ("Pompiers, militaires et bénévoles se sont relayés jour et nuit sur des pentes souvent inaccessibles.", ["l4"], []),
                ("Un bombardier d'eau Beriev est venu de Russie en renfort samedi, selon Moscou, tandis qu'Erevan remercie surtout un appareil iranien.", ["l5"], [att("selon"), att("remercie")]),
                ("Plusieurs centaines d'hectares sont partis en fumée.", ["l3"], []),
                ("Quelques pompiers ont été légèrement blessés, mais l'incendie n'a fait aucune victime.", ["l7"], []),
                ("Samedi, la fumée a voilé le ciel d'Erevan.", ["l8"], []),
            ],
            [
                ("Le ministère arménien des Situations d'urgence évoque la canicule et la sécheresse, tandis que des élus locaux soupçonnent des tirs venus des positions azerbaïdjanaises.", ["l9", "l10"], [att("évoque"), att("soupçonnent")]),
                ("Bakou dément tout tir et affirme que le feu est parti du côté arménien.", ["l11"], [att("dément"), att("affirme")]),
            ],
            [
                ("La perte est inestimable, préviennent les écologistes : la réserve abrite le léopard du Caucase, l'égagre et des genévriers centenaires.", ["l12"], [att("préviennent")]),
                ("Créée en 1958, elle figure sur la liste indicative du patrimoine mondial de l'UNESCO.", ["l14"], []),
                ("Le gouvernement promet de replanter les zones brûlées dès le printemps prochain.", ["l13"], []),
                ("En 2017 déjà, un incendie avait détruit une partie de la forêt.", ["l15"], []),
                ("Les forêts ne couvrent qu'un dixième environ du territoire arménien.", [], []),
            ],
        ],
    },
    "uk-skhidnyi-ohliad.txt": {
        "header": " date 2026-08-10 (Східний огляд)",
        "paragraphs": [
            [("У Вірменії три дні горів заповідник «Хосровський ліс» біля кордону з Нахічеванню", ["l1", "l2"], [])],
            [
                ("Пожежа спалахнула в п’ятницю в заповіднику «Хосровський ліс» в Араратській області Вірменії, неподалік від кордону з азербайджанською Нахічеванню.", ["l1"], []),
                ("Лише в неділю ввечері рятувальникам вдалося локалізувати вогонь.", ["l2"], []),
                ("За даними МНС Вірменії, вогонь знищив близько 350 гектарів лісу.", ["l3"], [att("За даними")]),
                ("Із полум’ям боролися близько 450 пожежників, військових і добровольців, їм допомагав гелікоптер.", ["l4"], []),
            ],
            [
                ("Понад 200 мешканців села Урцадзор евакуювали.", ["l6"], [mv("evacuation", "евакуювали")]),
                ("Четверо пожежників дістали опіки, загиблих немає.", ["l7"], []),
                ("Дим дійшов до Єревана, і міська влада радила мешканцям не відчиняти вікон.", ["l8"], []),
            ],
            [
                ("На прохання Єревана в суботу на допомогу прибув російський літак-амфібія Бе-200.", ["l5"], []),
                ("Кремль традиційно використовує таку «допомогу», щоб нагадати Вірменії про її залежність від Росії.", [], [("scare-quote", "distancing", "«допомогу»")]),
                ("Вірменія ще 2024 року заморозила свою участь в ОДКБ.", [], []),
            ],
            [
                ("МНС Вірменії називає ймовірною причиною пожежі спеку та посуху.", ["l9"], [att("називає"), ("hedge", "uncertain", "ймовірною")]),
                ("Водночас місцева влада припускає, що ліс загорівся від пострілів з азербайджанських позицій.", ["l10"], [att("припускає")]),
                ("Міністерство оборони Азербайджану це заперечує і стверджує, що пожежа почалася на вірменському боці.", ["l11"], [att("заперечує"), doubt("стверджує")]),
            ],
            [
                ("Екологи попереджають, що в заповіднику живуть рідкісні види, зокрема переднеазійський леопард, і на відновлення лісу підуть десятиліття.", ["l12"], [att("попереджають")]),
                ("Заповідник уже горів улітку 2017 року.", ["l15"], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (m), held out: the first organised bus pilgrimage of Armenians to the Dadivank
# (Khudavang) monastery in Azerbaijan's Kalbajar district, under Azerbaijani escort, with a
# dispute over the conditions and the monastery's "Albanian" labelling. Written without looking
# at the concept lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the
# aligner (src/), so it measures the tool on text it was not tuned on. Keep it that way: do not
# rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_M = {
    "m1": "On Sunday 13 September a convoy of buses carrying Armenian pilgrims crossed the border on the pass near Sotk (Gegharkunik) into Azerbaijan's Kalbajar district and travelled to the Dadivank (Khudavang) monastery",
    "m2": "About 120 pilgrims travelled in six buses (ru: about 150; hy: 137; az, tr: 104 in five buses)",
    "m3": "Azerbaijani border guards and police escorted the convoy the whole way to the monastery and back (az, tr: for the pilgrims' own safety)",
    "m4": "It was the first organised Armenian pilgrimage to the monastery since Kalbajar was handed over to Azerbaijan in November 2020",
    "m5": "Father Nerses Hakobyan of the Gegharkunik diocese celebrated the liturgy in the monastery's main church",
    "m6": "The pilgrims had about three hours at the monastery (az: about four; hy: barely two)",
    "m7": "Baku's conditions: bags searched at the crossing, no flags or national symbols (es: no political statements; hy: phones checked too)",
    "m8": "Two men were turned back at the crossing (en, es: no reason given; az, tr: former members of illegal Armenian armed groups; hy: three people, among them a deacon)",
    "m9": "New information boards at the monastery describe it as a monument of Caucasian Albania",
    "m10": "Members of Azerbaijan's Albanian-Udi Christian community were at the monastery and greeted the pilgrims (en: after holding their own prayer)",
    "m11": "Azerbaijan's foreign ministry spokesman Anar Ismayilzada called the visit proof of the country's religious tolerance and said further visits were possible if the rules were respected",
    "m12": "Prime Minister Nikol Pashinyan welcomed the pilgrimage as a result of the peace agenda (en: and hoped for regular visits)",
    "m13": "The Mother See of Holy Etchmiadzin criticised the restrictions and the presentation of the monastery as Albanian heritage",
    "m14": "Protesters met the returning buses in Vardenis, calling the trip an 'excursion under escort' (ru: about a hundred; hy: several hundred; es: about fifty; az: a group of radical opposition supporters)",
    "m15": "The convoy returned to Vardenis (Armenia) in the evening (az: around 19:30; ru, es: after dark)",
    "m16": "Azerbaijan presents its small Udi Christian community as the heirs of Caucasian Albania (background)",
    "m17": "Kalbajar was handed over to Azerbaijan in November 2020 (background)",
    "m18": "Kalbajar's Armenian residents left their homes in November 2020 (background)",
    "m19": "The monastery stands in the valley of the Terter river (background)",
    "m20": "Armenia and Azerbaijan initialled a peace agreement in Washington in August 2025 (background)",
    "m21": "Under Azerbaijan's Great Return programme Kalbajar is being rebuilt and resettled (background)",
}

ARTICLES_M = {
    "en-upland-gazette.txt": {
        "header": " date 2026-09-13 (The Upland Gazette)",
        "paragraphs": [
            [("Armenian pilgrims reach Dadivank monastery under Azerbaijani escort", ["m1", "m3"], [])],
            [
                ("About 120 Armenian pilgrims crossed into Azerbaijan's Kalbajar district on Sunday in a convoy of six buses to attend a service at the medieval monastery of Dadivank, which Azerbaijan calls Khudavang.", ["m1", "m2"], []),
                ("The buses left the Armenian town of Vardenis at dawn and crossed the border on the mountain pass above the village of Sotk, where Azerbaijani border guards and police took over the escort.", ["m1", "m3"], []),
                ("It was the first organised Armenian pilgrimage to the monastery since Kalbajar was handed over to Azerbaijan in November 2020, under the ceasefire that ended the war that autumn.", ["m4", "m17"], [("loaded", "neutral", "ceasefire")]),
            ],
            [
                ("Father Nerses Hakobyan, a priest of the Gegharkunik diocese, celebrated the Divine Liturgy in the monastery's main church.", ["m5"], []),
                ("The pilgrims were given about three hours at the site, and the police escort stayed with them until they were back at the border.", ["m6", "m3"], []),
                ("Two men were turned back at the crossing, and no reason was given.", ["m8"], []),
            ],
            [
                ("New information boards at the entrance describe Dadivank as a monument of Caucasian Albania.", ["m9"], []),
                ("Azerbaijan regards its small Udi community as the heirs of that early Christian kingdom.", ["m16"], [att("regards")]),
                ("Members of the community had held their own prayer at the monastery earlier in the morning and greeted the pilgrims at the gate.", ["m10"], []),
                ("Armenian historians reject the Albanian attribution, pointing to the Armenian inscriptions on the church walls.", [], [att("reject")]),
            ],
            [
                ("Azerbaijan's foreign ministry spokesman, Anar Ismayilzada, said the visit showed the country's respect for religious freedom and that further visits were possible as long as the rules were respected.", ["m11"], [att("said")]),
                ("In Yerevan, Prime Minister Nikol Pashinyan called the pilgrimage a tangible result of the peace agenda and said he hoped Armenians would be able to visit the monastery regularly.", ["m12"], [att("called"), att("said")]),
            ],
            [
                ("Most Armenian residents of Kalbajar left in November 2020, some of them setting fire to their houses before the handover.", ["m18"], [mv("departure", "left")]),
                ("The monastery stands in the valley of the Terter river, about 70 km from the border by road.", ["m19"], []),
            ],
        ],
    },
    "ru-gorizont-kavkaza.txt": {
        "header": " date 2026-09-14 (Горизонт Кавказа)",
        "paragraphs": [
            [("Армянские паломники впервые после войны побывали в Дадиванке — под конвоем азербайджанской полиции", ["m1", "m3", "m4"], [])],
            [
                ("В воскресенье колонна автобусов с армянскими паломниками пересекла границу у Сотка и направилась в Кельбаджарский район Азербайджана, к древнему монастырю Дадиванк.", ["m1"], []),
                ("По информации Гегаркуникской епархии, в поездке участвовали около полутора сотен человек.", ["m2"], [att("По информации")]),
                ("Это первое организованное паломничество армян в монастырь с ноября 2020 года, когда Кельбаджар по трёхстороннему заявлению отошёл Азербайджану.", ["m4", "m17"], []),
                ("На всём пути колонну сопровождали азербайджанские пограничники и полицейские.", ["m3"], []),
            ],
            [
                ("Перед въездом у паломников, как сообщается, досмотрели сумки и запретили брать с собой флаги и любую национальную символику.", ["m7"], [("hedge", "hearsay", "как сообщается")]),
                ("Литургию в главном храме монастыря отслужил священник Гегаркуникской епархии отец Нерсес Акопян.", ["m5"], []),
                ("На молитву и осмотр монастыря паломникам отвели около трёх часов.", ["m6"], []),
                ("Напомним, что в первые месяцы после войны 2020 года Дадиванк охраняли российские миротворцы.", [], []),
            ],
            [
                ("Официальный представитель МИД Азербайджана Анар Исмаилзаде назвал визит доказательством «религиозной толерантности» Баку.", ["m11"], [att("назвал"), ("scare-quote", "distancing", "«религиозной толерантности»")]),
                ("Никол Пашинян поспешил записать поездку в актив своей «повестки мира».", ["m12"], [doubt("поспешил"), ("scare-quote", "distancing", "«повестки мира»")]),
                ("Первопрестольный Святой Эчмиадзин осудил ограничения и попытки выдать армянскую святыню за так называемое кавказско-албанское наследие.", ["m13"], [att("осудил"), ("scare-quote", "marker", "так называемое")]),
            ],
            [
                ("Колонна вернулась в Варденис уже затемно.", ["m15"], []),
                ("Там автобусы встретили около сотни протестующих, назвавших поездку «экскурсией под конвоем».", ["m14"], [att("назвавших"), ("scare-quote", "distancing", "«экскурсией под конвоем»")]),
                ("Ереван в последние годы всё дальше отходит от Москвы, делая ставку на западных посредников.", [], []),
            ],
        ],
    },
    "az-gundogan.txt": {
        "header": " date 2026-09-13 (Gündoğan)",
        "paragraphs": [
            [("Erməni zəvvarları Kəlbəcərdəki Xudavəng monastırını ziyarət edib", ["m1"], [])],
            [
                ("Sentyabrın 13-də Ermənistandan gələn 104 nəfərlik zəvvar qrupu beş avtobusla Zod aşırımındakı müvəqqəti keçid məntəqəsindən Kəlbəcər rayonu ərazisinə daxil olub.", ["m1", "m2"], []),
                ("Zəvvarlar Dövlət Sərhəd Xidmətinin və polisin müşayiəti ilə Xudavəng alban monastırına aparılıb.", ["m1", "m3"], []),
                ("Müşayiət zəvvarların öz təhlükəsizliyi məqsədilə təşkil olunub.", ["m3"], []),
            ],
            [
                ("Keçid məntəqəsində standart qaydalara uyğun olaraq zəvvarların əşyaları yoxlanılıb, bayraq və siyasi simvolların gətirilməsinə isə icazə verilməyib.", ["m7"], []),
                ("Yoxlama zamanı qanunsuz erməni silahlı birləşmələrinin keçmiş üzvləri olduğu müəyyən edilən iki şəxs saxlanılıb və Ermənistana geri qaytarılıb.", ["m8"], [label("qanunsuz erməni silahlı birləşmələrinin"), ("agency", "agentless", "saxlanılıb")]),
                ("Monastırda zəvvarları Azərbaycanın alban-udi xristian icmasının nümayəndələri qarşılayıb.", ["m10"], []),
                ("Monastırın girişində quraşdırılan yeni məlumat lövhələrində abidənin Qafqaz Albaniyası dövrünə aid olduğu yazılıb.", ["m9"], []),
                ("Zəvvarlar monastırda təxminən dörd saat qalıblar.", ["m6"], []),
            ],
            [
                ("XİN-in mətbuat katibi Anar İsmayılzadə bildirib ki, bu səfər Azərbaycanda din azadlığına və multikulturalizmə hörmətin bariz nümunəsidir.", ["m11"], [att("bildirib")]),
                ("Onun sözlərinə görə, qaydalara əməl olunacağı təqdirdə belə səfərlər gələcəkdə də təşkil oluna bilər.", ["m11"], [att("sözlərinə görə")]),
                ("Zəvvarlar axşam saat 19:30 radələrində Ermənistan ərazisinə qayıdıblar.", ["m15"], []),
                ("Basarkeçərdə isə bir qrup radikal müxalifət tərəfdarı avtobusların qarşısında aksiya keçirməyə cəhd edib.", ["m14"], []),
            ],
            [
                ("Xatırladaq ki, Kəlbəcər rayonu 2020-ci il noyabrın 25-də bir güllə belə atılmadan Azərbaycana qaytarılıb.", ["m17"], []),
                ("Hazırda Böyük Qayıdış proqramı çərçivəsində Kəlbəcər şəhərinə keçmiş məcburi köçkün ailələri köçürülür.", ["m21"], [mv("displaced", "məcburi köçkün"), ("loaded", "az-frame", "Böyük Qayıdış")]),
                ("Şübhəsiz, bu cür addımlar regionda sülhün və etimadın möhkəmlənməsinə xidmət edir.", [], [("booster", "booster", "Şübhəsiz")]),
            ],
        ],
    },
    "hy-lernayin-champa.txt": {
        "header": " date 2026-09-13 (Լեռնային ճամփա)",
        "paragraphs": [
            [("Ուխտավորները Դադիվանքում՝ ադրբեջանական ուղեկցությամբ և «ալբանական» ցուցանակների ներքո", ["m1", "m3", "m9"], [("scare-quote", "distancing", "«ալբանական»")])],
            [
                ("Կիրակի առավոտյան 137 ուխտավոր վեց ավտոբուսով Սոթքի լեռնանցքով անցել են օկուպացված Քարվաճառ՝ Դադիվանքում աղոթելու։", ["m1", "m2"], [("loaded", "hy-frame", "օկուպացված")]),
                ("Սահմանին ադրբեջանցի սահմանապահները ստուգել են ուխտավորների պայուսակներն ու հեռախոսները և արգելել են իրենց հետ վերցնել եռագույն դրոշներ կամ այլ ազգային խորհրդանիշներ։", ["m7"], []),
                ("Նրանք առանց որևէ բացատրության հետ են ուղարկել երեք մարդու, այդ թվում՝ Գեղարքունյաց թեմի մի սարկավագի։", ["m8"], []),
                ("Ամբողջ ճանապարհին ավտոբուսներին ուղեկցել են ադրբեջանական ոստիկանական մեքենաներ։", ["m3"], []),
            ],
            [
                ("Վանքի Կաթողիկե եկեղեցում Սուրբ Պատարագ է մատուցել Գեղարքունյաց թեմի հոգևոր հովիվ Տեր Ներսես քահանա Հակոբյանը։", ["m5"], []),
                ("Կաթողիկեն 1214 թվականին կառուցել է տվել Արզու Խաթունը՝ ի հիշատակ իր ամուսնու և որդիների։", [], []),
                ("Ուխտավորներին վանքում թույլ են տվել մնալ հազիվ երկու ժամ։", ["m6"], []),
                ("Վանքի մուտքի մոտ տեղադրված նոր ցուցանակներում Դադիվանքը ներկայացված է որպես «կովկասյան ալբանական» հուշարձան։", ["m9"], [("scare-quote", "distancing", "«կովկասյան ալբանական»")]),
            ],
            [
                ("Մայր Աթոռ Սուրբ Էջմիածինը հայտարարությամբ դատապարտել է պատմության այդ կեղծումը և ուխտավորների նկատմամբ կիրառված սահմանափակումները որակել նվաստացուցիչ։", ["m13"], [att("դատապարտել է"), att("որակել")]),
                ("Վարչապետ Նիկոլ Փաշինյանը, սակայն, ուխտագնացությունը համարել է «խաղաղության օրակարգի» շոշափելի արդյունք։", ["m12"], [att("համարել է"), ("scare-quote", "distancing", "«խաղաղության օրակարգի»")]),
                ("Ընդդիմությունը նրան մեղադրում է Արցախի հոգևոր ժառանգությունը թշնամուն զիջելու մեջ։", [], [att("մեղադրում է")]),
            ],
            [
                ("Երեկոյան Վարդենիսում վերադարձող ավտոբուսներին դիմավորել են մի քանի հարյուր բողոքավորներ, որոնք ուղևորությունն անվանել են «էքսկուրսիա ուղեկցությամբ»։", ["m14", "m15"], [att("անվանել են"), ("scare-quote", "distancing", "«էքսկուրսիա ուղեկցությամբ»")]),
                ("Քարվաճառի հայ բնակիչները 2020 թվականի նոյեմբերին ստիպված եղան լքել իրենց տները։", ["m18"], [mv("forced", "ստիպված եղան լքել")]),
            ],
        ],
    },
    "tr-dag-yolu.txt": {
        "header": " date 2026-09-13 (Dağ Yolu)",
        "paragraphs": [
            [("Ermeni hacılar Kelbecer'deki Hudavang Manastırı'nı ziyaret etti", ["m1"], [])],
            [
                ("Ermenistan'dan gelen 104 kişilik hacı kafilesi, pazar günü beş otobüsle Zod geçidinden sınırı geçerek Azerbaycan'ın Kelbecer bölgesindeki Hudavang Manastırı'na ulaştı.", ["m1", "m2"], []),
                ("Kafileye, güvenlikleri için Azerbaycan Devlet Sınır Servisi ve polis ekipleri eşlik etti.", ["m3"], []),
                ("Bu, Kelbecer'in 2020'de Azerbaycan'a iade edilmesinden bu yana manastıra düzenlenen ilk organize Ermeni ziyareti oldu.", ["m4", "m17"], []),
            ],
            [
                ("Sınırdaki kontrollerde yasa dışı Ermeni silahlı gruplarında yer aldığı belirlenen iki kişi geri gönderildi.", ["m8"], [label("yasa dışı Ermeni silahlı gruplarında")]),
                ("Manastırın girişine yerleştirilen yeni tabelalarda, yapının Kafkas Albanyası dönemine ait bir Hristiyan mabedi olduğu yazıyor.", ["m9"], []),
                ("Hacıları manastırda Azerbaycan'daki Alban-Udi Hristiyan cemaatinin temsilcileri karşıladı.", ["m10"], []),
            ],
            [
                ("Azerbaycan Dışişleri Bakanlığı Sözcüsü Anar İsmayılzade, ziyaretin ülkedeki dini hoşgörünün açık bir göstergesi olduğunu söyledi.", ["m11"], [att("söyledi")]),
                ("Ermenistan Başbakanı Nikol Paşinyan da ziyareti barış sürecinin somut bir sonucu olarak değerlendirdi.", ["m12"], [att("değerlendirdi")]),
                ("Ermenistan'daki bazı muhalif çevreler ise ziyaret koşullarını “aşağılayıcı” olarak nitelendiriyor.", [], [att("nitelendiriyor"), ("scare-quote", "distancing", "“aşağılayıcı”")]),
                ("Kafile akşam saatlerinde Ermenistan'a geri döndü.", ["m15"], []),
            ],
            [
                ("Kelbecer'de Büyük Dönüş programı kapsamında yeniden inşa çalışmaları sürüyor.", ["m21"], [("loaded", "az-frame", "Büyük Dönüş")]),
                ("Türkiye ile Ermenistan arasındaki normalleşme görüşmeleri de devam ediyor.", [], []),
            ],
        ],
    },
    "de-passbote.txt": {
        "header": " date 2026-09-14 (Der Passbote)",
        "paragraphs": [
            [("Erste Pilgerfahrt seit dem Krieg: Armenier beten im Kloster Dadiwank", ["m1", "m4"], [])],
            [
                ("Rund 120 armenische Pilger sind am Sonntag in sechs Bussen über einen Gebirgspass bei Sotk in den aserbaidschanischen Bezirk Kelbadschar gefahren, um im mittelalterlichen Kloster Dadiwank einen Gottesdienst zu feiern.", ["m1", "m2"], []),
                ("Es war die erste organisierte Pilgerfahrt dorthin, seit Armenien den Bezirk im November 2020 an Aserbaidschan übergeben musste.", ["m4", "m17"], []),
                ("Aserbaidschanische Grenzschützer und Polizisten begleiteten die Busse auf der gesamten Strecke.", ["m3"], []),
            ],
            [
                ("An der Grenze sollen die Taschen der Pilger durchsucht worden sein; Fahnen und nationale Symbole waren verboten.", ["m7"], [("hedge", "hearsay", "sollen")]),
                ("Den Gottesdienst in der Hauptkirche leitete Pater Nerses Hakobjan aus der Diözese Gegharkunik.", ["m5"], []),
                ("Für den Aufenthalt im Kloster blieben den Pilgern etwa drei Stunden.", ["m6"], []),
                ("Auf neuen Informationstafeln am Eingang wird die Anlage als Baudenkmal des kaukasischen Albaniens bezeichnet.", ["m9"], []),
                ("Der Mutterstuhl von Etschmiadsin sprach von Geschichtsfälschung und kritisierte die strengen Auflagen für die Pilger.", ["m13"], [att("sprach"), att("kritisierte")]),
            ],
            [
                ("Der aserbaidschanische Außenamtssprecher Anar Ismajilsade nannte den Besuch einen Beweis für die religiöse Toleranz seines Landes.", ["m11"], [att("nannte")]),
                ("Weitere Fahrten seien möglich, wenn die Regeln eingehalten würden, fügte er hinzu.", ["m11"], [att("fügte")]),
                ("Der armenische Regierungschef Nikol Paschinjan begrüßte die Pilgerfahrt als greifbares Ergebnis seiner Friedenspolitik.", ["m12"], [att("begrüßte")]),
                ("Am Abend kehrten die Busse nach Wardenis zurück.", ["m15"], []),
            ],
            [
                ("Das Kloster liegt im Tal des Terter und wurde zwischen dem neunten und dem dreizehnten Jahrhundert errichtet.", ["m19"], []),
                ("Armenien und Aserbaidschan hatten im August 2025 in Washington ein Friedensabkommen paraphiert.", ["m20"], []),
            ],
        ],
    },
    "es-diario-de-las-cumbres.txt": {
        "header": " date 2026-09-14 (Diario de las Cumbres)",
        "paragraphs": [
            [("Peregrinos armenios visitan Dadivank bajo las estrictas condiciones de Bakú", ["m1", "m7"], [])],
            [
                ("Unos 120 peregrinos armenios cruzaron el domingo la frontera con Azerbaiyán para rezar en el monasterio de Dadivank, al que Bakú llama Judavang, en el distrito de Kalbajar.", ["m1", "m2"], []),
                ("Fue la primera peregrinación organizada desde que Armenia entregó Kalbajar a Azerbaiyán en noviembre de 2020, al término de la guerra.", ["m4", "m17"], []),
            ],
            [
                ("En el paso fronterizo, las autoridades azerbaiyanas registraron los equipajes y prohibieron banderas, símbolos nacionales y cualquier declaración política.", ["m7"], []),
                ("Dos hombres fueron devueltos a Armenia sin explicación alguna, según la diócesis de Gegharkunik.", ["m8"], [att("según")]),
                ("En el monasterio recibieron a los peregrinos miembros de la pequeña comunidad cristiana udí de Azerbaiyán, que Bakú presenta como heredera de la antigua Albania caucásica.", ["m10", "m16"], [att("presenta")]),
                ("La Santa Sede de Echmiadzín, cabeza de la Iglesia apostólica armenia, denunció las restricciones y lo que considera un intento de apropiarse del patrimonio armenio.", ["m13"], [att("denunció"), att("considera")]),
            ],
            [
                ("El portavoz de la Cancillería azerbaiyana, Anar Ismayilzadé, sostuvo que la visita demuestra la «tolerancia religiosa» del país.", ["m11"], [att("sostuvo"), ("scare-quote", "distancing", "«tolerancia religiosa»")]),
                ("Según él, habrá más viajes si se respetan las normas.", ["m11"], [att("Según")]),
                ("El primer ministro armenio, Nikol Pashinián, celebró la peregrinación como un fruto de su agenda de paz.", ["m12"], [att("celebró")]),
                ("Armenia y Azerbaiyán rubricaron un acuerdo de paz en Washington en agosto de 2025.", ["m20"], []),
            ],
            [
                ("De vuelta en Vardenis, ya de noche, unos cincuenta manifestantes recibieron los autobuses al grito de «excursión con escolta».", ["m14", "m15"], [("scare-quote", "distancing", "«excursión con escolta»")]),
                ("Rusia, durante décadas el principal aliado de Armenia, no ha comentado la visita.", [], []),
                ("El monasterio, con frescos del siglo XIII, es uno de los conjuntos más valiosos de la arquitectura medieval armenia.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (n), held out: the dam of a mining company's tailings pond near Kapan (Syunik) gives way
# and the spill runs down the Voghji (Okhchuchay) into Azerbaijan's Zangilan district; the two
# sides dispute the scale of the pollution. Written without looking at the concept lexicon
# (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the aligner (src/), so it
# measures the tool on text it was not tuned on. Keep it that way: do not rewrite these
# sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_N = {
    "n1": "Early on Wednesday 17 June part of the dam of the Artsatasar mining company's tailings pond near Kapan (Syunik) gave way, spilling tailings into the Voghji river (Okhchuchay in Azerbaijan) (en, uk: at about 04:10; ru, az: around 3 a.m.; hy: around 4; fr: in the night)",
    "n2": "About 40,000 cubic metres of tailings spilled, by the company's count (en, fr, uk; hy, es: about 65,000 by Armenia's environmental inspectorate; ru: tens of thousands; az: more than 300,000 by Azerbaijan's ecology ministry)",
    "n3": "The grey plume reached the border near Davit Bek in the morning (hy: by 9 a.m.) and Azerbaijan's Zangilan district around midday",
    "n4": "The company blamed two days of torrential rain for the breach (en: almost 70 mm)",
    "n5": "Environmentalists (Green Syunik) say they warned last year that the pond was overfilled and the dam cracked (es, hy: the inspectorate only fined the company)",
    "n6": "Armenia's environment ministry: copper and molybdenum several times above the norm near Kapan, but close to permissible levels at the border, no risk to drinking water",
    "n7": "Azerbaijan's ecology ministry: samples in Zangilan show copper 27 times above the norm (en, az: molybdenum 14 times; ru: heavy metals dozens of times)",
    "n8": "Dead fish were found along the river in Zangilan (en, es, fr: hundreds; az: tonnes; hy: footage spread by Azerbaijani media)",
    "n9": "Residents downstream were told not to use the river water for irrigation or livestock (en, hy: Davit Bek and neighbouring villages; az: Zangilan villages; uk: on both sides)",
    "n10": "The company halted ore processing and its director Samvel Aghajanyan apologised to residents (ru: and promised to pay for the clean-up)",
    "n11": "Armenia's Investigative Committee opened a criminal case and the plant's chief engineer was detained",
    "n12": "Hikmet Hajiyev called the spill ecocide and said Baku would add it to its arbitration case against Armenia under the Bern Convention (az, uk: and seek compensation)",
    "n13": "Yerevan offered joint sampling at the border with Azerbaijani experts (en, ru, hy, uk: no answer from Baku yet; az: dismissed in Baku as an attempt to evade responsibility)",
    "n14": "Iran voiced concern because the river flows into the Aras on its border (en, es: asked both sides for data; en: is monitoring the Aras)",
    "n15": "The EU and the UN Environment Programme offered to send experts (ru: the EU only)",
    "n16": "Mining is a leading export sector of Armenia, concentrated in Syunik (background)",
    "n17": "Syunik holds the main (largest) copper and molybdenum deposits (background)",
    "n18": "Azerbaijan has for years accused Armenian mines of polluting the Voghji/Okhchuchay (Yerevan rejects it) (background)",
    "n19": "Russia (Zakharova / Moscow) offered its help with the spill (background)",
    "n20": "Azerbaijan launched an interstate arbitration against Armenia under the Bern Convention in 2023 (background)",
}

ARTICLES_N = {
    "en-watershed-journal.txt": {
        "header": " date 2026-06-17 (The Watershed Journal)",
        "paragraphs": [
            [("Mine waste spill in Armenia's Syunik reaches Azerbaijan, reviving river dispute", ["n1", "n3"], [])],
            [
                ("A section of the dam holding back a tailings pond of the Artsatasar mining company near Kapan, in Armenia's southern Syunik province, gave way at about 04:10 on Wednesday, sending a torrent of grey sludge into the Voghji river.", ["n1"], []),
                ("The company said about 40,000 cubic metres of water mixed with finely ground ore waste had escaped.", ["n2"], [att("said")]),
                ("By mid-morning the plume had reached the border near the village of Davit Bek, and shortly after noon it crossed into Azerbaijan's Zangilan district, where the river is known as the Okhchuchay.", ["n3"], []),
            ],
            [
                ("Artsatasar blamed two days of torrential rain, which it said had poured almost 70 millimetres of water into the pond.", ["n4"], [att("blamed"), att("said")]),
                ("The environmental group Green Syunik said it had warned the authorities last year that the pond was overfilled and that cracks had appeared in the dam.", ["n5"], [att("said")]),
            ],
            [
                ("Armenia's environment ministry said copper and molybdenum levels near Kapan were several times above the permitted limits, but that at the border they were close to normal and drinking water was not at risk.", ["n6"], [att("said")]),
                ("Villagers in Davit Bek and other settlements downstream were told not to use the river to irrigate crops or water livestock.", ["n9"], []),
                ("Azerbaijan's ecology ministry said samples taken in Zangilan showed copper at 27 times and molybdenum at 14 times the permitted concentration, and residents there reported hundreds of dead fish along the banks.", ["n7", "n8"], [att("said"), att("reported")]),
            ],
            [
                ("Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, called the spill “ecocide” and said Baku would add it to the arbitration case it brought against Armenia in 2023 under the Bern Convention on European wildlife.", ["n12", "n20"], [att("called"), ("scare-quote", "distancing", "“ecocide”"), att("said"), ("loaded", "contested", "ecocide")]),
                ("Yerevan proposed that Armenian and Azerbaijani experts take joint samples at the border, an offer Baku had not answered by Wednesday evening.", ["n13"], []),
                ("Iran's environment department said it was monitoring the Aras, into which the river flows further downstream, and asked both governments for data.", ["n14"], [att("said")]),
            ],
            [
                ("The Voghji rises on the slopes of Mount Kaputjugh and runs for about 85 km before joining the Aras on the Iranian border.", [], []),
                ("Mining accounts for a large share of Armenia's exports, most of it from Syunik.", ["n16"], []),
                ("Baku has accused Armenian mines of polluting the river for years, a charge Yerevan rejects.", ["n18"], [att("accused"), att("rejects")]),
            ],
        ],
    },
    "es-gaceta-de-los-valles.txt": {
        "header": " date 2026-06-18 (Gaceta de los Valles)",
        "paragraphs": [
            [("Un vertido minero en Armenia tiñe de gris un río que fluye hacia Azerbaiyán e Irán", ["n1"], [])],
            [
                ("La rotura parcial del dique de una balsa de residuos de la minera Artsatasar, cerca de la ciudad armenia de Kapan, arrojó en la madrugada del miércoles un torrente de lodos al río Voghji, al que en Azerbaiyán llaman Ojchuchay.", ["n1"], []),
                ("La Inspección de Medio Ambiente de Armenia calcula que se escaparon unos 65.000 metros cúbicos, bastante más que los 40.000 que reconoce la empresa.", ["n2"], [att("calcula"), att("reconoce")]),
                ("Hacia el mediodía, la mancha grisácea ya había cruzado la frontera y alcanzado el distrito azerbaiyano de Zanguilán.", ["n3"], []),
            ],
            [
                ("Artsatasar atribuye el accidente a las lluvias torrenciales de los dos días anteriores.", ["n4"], [att("atribuye")]),
                ("La organización ecologista Green Syunik asegura, sin embargo, que llevaba meses advirtiendo de que la balsa estaba al límite de su capacidad y de que en el dique habían aparecido grietas.", ["n5"], [att("asegura")]),
                ("Los inspectores se habían limitado a multar a la empresa el año pasado por deficiencias en el mantenimiento del dique.", ["n5"], []),
                ("El Comité de Investigación de Armenia abrió una causa penal por delito ecológico, y el ingeniero jefe de la planta fue detenido el miércoles por la noche.", ["n11"], [("agency", "agentless", "fue detenido")]),
            ],
            [
                ("En Zanguilán, los vecinos encontraron cientos de peces muertos en las orillas, según la televisión pública azerbaiyana.", ["n8"], [att("según")]),
                ("Hikmet Hajiyev, asesor de política exterior del presidente Ilham Aliyev, habló de «ecocidio» y anunció que Bakú sumará el vertido al arbitraje que mantiene abierto contra Armenia en el marco del Convenio de Berna.", ["n12"], [att("habló de"), ("scare-quote", "distancing", "«ecocidio»"), att("anunció"), ("loaded", "contested", "ecocidio")]),
                ("Irán, por su parte, pidió datos a ambos países, ya que el río desemboca en el Aras, que marca su frontera norte.", ["n14"], []),
                ("La Unión Europea y el Programa de las Naciones Unidas para el Medio Ambiente se ofrecieron a enviar expertos a los dos lados de la frontera.", ["n15"], []),
            ],
            [
                ("La minería es el principal sector exportador de Armenia, y Syunik concentra la mayor parte de sus yacimientos de cobre y molibdeno.", ["n16", "n17"], []),
                ("Las aguas del Aras desembocan en el Kura, que a su vez vierte en el mar Caspio.", [], []),
            ],
        ],
    },
    "ru-yuzhnaya-panorama.txt": {
        "header": " date 2026-06-18 (Южная панорама)",
        "paragraphs": [
            [("Прорыв хвостохранилища в Сюнике: Баку обвиняет Ереван в «экоциде»", ["n1", "n12"], [att("обвиняет"), ("scare-quote", "distancing", "«экоциде»"), ("loaded", "contested", "экоциде")])],
            [
                ("В ночь на среду, около трёх часов, под Капаном в Сюникской области Армении прорвало дамбу хвостохранилища горнодобывающей компании «Арцатасар».", ["n1"], []),
                ("В реку Вохчи, которую в Азербайджане называют Охчучай, попали десятки тысяч кубометров отходов обогащения руды.", ["n2"], []),
            ],
            [
                ("Компания остановила обогатительную фабрику, а её директор Самвел Агаджанян извинился перед жителями и пообещал оплатить очистку реки.", ["n10"], []),
                ("Следственный комитет Армении возбудил уголовное дело, главный инженер фабрики задержан.", ["n11"], [("agency", "agentless", "задержан")]),
                ("По данным Министерства окружающей среды Армении, у Капана концентрация меди и молибдена в несколько раз превышает норму, однако на границе показатели близки к допустимым.", ["n6"], [att("По данным")]),
            ],
            [
                ("В Баку утверждают, что в пробах, взятых в Зангеланском районе, содержание тяжёлых металлов превышает норму в десятки раз.", ["n7"], [doubt("утверждают")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев назвал произошедшее «экоцидом» и заявил, что Баку включит инцидент в арбитражное разбирательство против Армении по Бернской конвенции.", ["n12"], [att("назвал"), ("scare-quote", "distancing", "«экоцидом»"), att("заявил"), ("loaded", "contested", "экоцидом")]),
                ("Ереван предложил провести совместный отбор проб на границе, однако ответа из Баку пока не последовало.", ["n13"], []),
            ],
            [
                ("Евросоюз, в свою очередь, предложил направить в Сюник своих экспертов.", ["n15"], []),
                ("Официальный представитель МИД России Мария Захарова призвала стороны не политизировать экологическую проблему и напомнила, что российские специалисты готовы помочь.", ["n19"], [att("напомнила")]),
                ("Контрольный пакет «Арцатасара», как сообщается, принадлежит инвестиционному фонду, зарегистрированному в Лондоне.", [], [("hedge", "hearsay", "как сообщается")]),
                ("Напомним, что Азербайджан уже несколько лет обвиняет армянские горнорудные предприятия в загрязнении Охчучая.", ["n18"], [att("обвиняет")]),
            ],
        ],
    },
    "az-xalq-nidasi.txt": {
        "header": " date 2026-06-17 (Xalq nidası)",
        "paragraphs": [
            [("Ermənistan Oxçuçayı yenidən zəhərlədi: Zəngilanda kütləvi balıq qırğını", ["n1", "n8"], [])],
            [
                ("İyunun 17-də gecə saat 3 radələrində Qərbi Zəngəzurun Qafan şəhəri yaxınlığında erməni “Artsatasar” şirkətinə məxsus tullantı anbarının bəndi dağılıb və zəhərli tullantılar Oxçuçaya axıb.", ["n1"], [("loaded", "az-frame", "Qərbi Zəngəzurun")]),
                ("Ekologiya və Təbii Sərvətlər Nazirliyinin məlumatına görə, çaya 300 min kubmetrdən çox çirkab axıb.", ["n2"], [att("məlumatına görə")]),
                ("Zəhərli axın günorta saatlarında Zəngilan rayonu ərazisinə çatıb.", ["n3"], []),
            ],
            [
                ("Nazirliyin Zəngilanda götürdüyü nümunələrdə misin miqdarı normadan 27 dəfə, molibdenin miqdarı isə 14 dəfə çox olub.", ["n7"], []),
                ("Çayın sahillərində tonlarla ölü balıq aşkarlanıb.", ["n8"], []),
                ("Zəngilan rayonunun çaysahili kəndlərinin sakinlərinə çay suyundan suvarma və mal-qara üçün istifadə etməmək tövsiyə olunub.", ["n9"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev baş verənləri ekosid adlandırıb və bildirib ki, Azərbaycan bu faktı Bern Konvensiyası çərçivəsində Ermənistana qarşı başlatdığı arbitraj prosesinə əlavə edəcək.", ["n12"], [att("adlandırıb"), att("bildirib"), ("loaded", "contested", "ekosid")]),
                ("Onun sözlərinə görə, Azərbaycan dəyən ziyana görə kompensasiya tələb edəcək.", ["n12"], [att("sözlərinə görə")]),
                ("Erməni şirkəti isə qəzanı güclü yağışlarla izah etməyə çalışır.", ["n4"], [doubt("izah etməyə çalışır")]),
                ("Ermənistanın Ətraf Mühit Nazirliyi də sərhəddə çirklənmənin yol verilən həddə yaxın olduğunu iddia edir.", ["n6"], [doubt("iddia edir")]),
                ("Rəsmi İrəvanın “birgə monitorinq” təklifi isə Bakıda məsuliyyətdən yayınmaq cəhdi kimi qiymətləndirilib.", ["n13"], [("scare-quote", "distancing", "“birgə monitorinq”"), att("qiymətləndirilib")]),
            ],
            [
                ("Oxçuçayın töküldüyü Araz çayının çirklənməsi ilə bağlı İran da narahatlığını ifadə edib.", ["n14"], []),
                ("Xatırladaq ki, Azərbaycan 2023-cü ildə Bern Konvensiyası çərçivəsində Ermənistana qarşı dövlətlərarası arbitraj prosesinə başlayıb.", ["n20"], []),
                ("Şübhəsiz, Oxçuçayın çirkləndirilməsi Ermənistanın illərdir davam edən ekoloji terrorunun növbəti təzahürüdür.", ["n18"], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "ekoloji terrorunun")]),
            ],
        ],
    },
    "hy-syunyats-ashkharh.txt": {
        "header": " date 2026-06-17 (Սյունյաց աշխարհ)",
        "paragraphs": [
            [("Կապանի մոտ պոչամբարի պատվար է փլվել, «Արծաթասարը» մեղքը բարդում է անձրևների վրա", ["n1", "n4"], [doubt("մեղքը բարդում է")])],
            [
                ("Չորեքշաբթի առավոտյան ժամը 4-ի սահմաններում Կապանի մերձակայքում «Արծաթասար» ընկերության պոչամբարի պատվարի մի հատվածը փլվել է, և գորշ տիղմը լցվել է Ողջի գետը։", ["n1"], []),
                ("Բնապահպանական և ընդերքի տեսչական մարմնի գնահատմամբ՝ գետ է թափվել մոտ 65 հազար խորանարդ մետր հանքային թափոն, թեև ընկերությունը խոսում է 40 հազարի մասին։", ["n2"], [att("գնահատմամբ"), att("խոսում է")]),
                ("Առավոտյան ժամը 9-ին գորշ հոսքն արդեն հասել էր պետական սահմանին՝ Դավիթ Բեկ գյուղի մոտ։", ["n3"], []),
                ("Դավիթ Բեկի և հարևան գյուղերի բնակիչներին խորհուրդ է տրվել գետի ջուրը չօգտագործել ոռոգման և անասունների համար։", ["n9"], []),
            ],
            [
                ("«Արծաթասարի» տնօրեն Սամվել Աղաջանյանը ներողություն է խնդրել համայնքների բնակիչներից՝ պնդելով, որ պատվարը չի դիմացել երկու օր տեղացած հորդառատ անձրևներին։", ["n10", "n4"], [doubt("պնդելով")]),
                ("Ընկերությունը դադարեցրել է հանքաքարի վերամշակումը։", ["n10"], []),
                ("«Կանաչ Սյունիք» բնապահպանական նախաձեռնությունը, սակայն, հիշեցնում է, որ դեռ անցյալ տարի ահազանգել էր պոչամբարի գերլցվածության և պատվարի ճաքերի մասին։", ["n5"], [att("հիշեցնում է")]),
                ("Նախաձեռնության համակարգող Մարիամ Ավագյանի խոսքով՝ տեսչությունը բավարարվել էր տուգանքով, և ոչ ոք ընկերությանը չէր ստիպել նվազեցնել ծավալները։", ["n5"], [att("խոսքով")]),
            ],
            [
                ("Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել և ձերբակալել է հարստացուցիչ ֆաբրիկայի գլխավոր ճարտարագետին։", ["n11"], []),
                ("Շրջակա միջավայրի նախարարությունը պնդում է, որ սահմանին պղնձի և մոլիբդենի պարունակությունը մոտ է թույլատրելի մակարդակին, իսկ խմելու ջրին վտանգ չի սպառնում։", ["n6"], [doubt("պնդում է")]),
                ("Նախարարությունն առաջարկել է ադրբեջանցի փորձագետների հետ սահմանին համատեղ նմուշառում անցկացնել, սակայն Բաքվից պատասխան դեռ չկա։", ["n13"], []),
            ],
            [
                ("Փոխարենը Ալիևի օգնական Հիքմեթ Հաջիևը միջադեպն անվանել է «էկոցիդ» և սպառնացել է այն ներառել Բեռնի կոնվենցիայի շրջանակում Հայաստանի դեմ հարուցված արբիտրաժային գործում։", ["n12"], [att("անվանել է"), ("scare-quote", "distancing", "«էկոցիդ»"), ("loaded", "contested", "էկոցիդ")]),
                ("Ադրբեջանական լրատվամիջոցները տարածել են Զանգելանի շրջանում գետափին սատկած ձկների կադրեր։", ["n8"], []),
                ("Ադրբեջանը տարիներ շարունակ Օխչուչայի աղտոտման համար մեղադրում է Սյունիքի հանքերին, իսկ Երևանը մերժում է այդ մեղադրանքները։", ["n18"], [att("մեղադրում է"), att("մերժում է")]),
                ("Կապանում հանքարդյունաբերությունը բնակիչների մեծ մասի համար եկամտի գլխավոր աղբյուրն է։", [], []),
            ],
        ],
    },
    "fr-gazette-des-confluents.txt": {
        "header": " date 2026-06-19 (La Gazette des Confluents)",
        "paragraphs": [
            [("Arménie : la rupture d'une digue minière pollue une rivière jusqu'en Azerbaïdjan", ["n1", "n3"], [])],
            [
                ("Dans la nuit de mardi à mercredi, une partie de la digue d'un bassin de résidus de la société minière Artsatasar a cédé près de Kapan, dans le sud de l'Arménie.", ["n1"], []),
                ("Quelque 40 000 mètres cubes de boues chargées de métaux se sont déversés dans la Voghji, selon l'entreprise, qui n'a pas précisé la composition exacte des résidus.", ["n2"], [att("selon")]),
                ("Le panache grisâtre a franchi la frontière dans la matinée pour atteindre vers midi le district azerbaïdjanais de Zanguilan, où la rivière prend le nom d'Okhtchoutchaï.", ["n3"], []),
            ],
            [
                ("Des centaines de poissons morts y ont été retrouvés sur les berges.", ["n8"], []),
                ("Bakou affirme avoir relevé dans l'eau des concentrations de cuivre vingt-sept fois supérieures à la norme, tandis qu'Erevan assure qu'à la frontière la pollution reste proche des seuils autorisés.", ["n7", "n6"], [att("affirme"), att("assure")]),
                ("Hikmet Hajiyev, conseiller du président Ilham Aliyev, parle d'« écocide » et entend joindre l'affaire à la procédure d'arbitrage engagée par Bakou en 2023 au titre de la convention de Berne.", ["n12", "n20"], [att("parle"), ("scare-quote", "distancing", "« écocide »"), ("loaded", "contested", "écocide")]),
            ],
            [
                ("Pour les écologistes de Green Syunik, la catastrophe était pourtant annoncée : ils disent avoir signalé dès l'an dernier que le bassin était trop plein et que la digue se fissurait.", ["n5"], [att("disent")]),
                ("L'ingénieur en chef de l'usine aurait été interpellé mercredi soir.", ["n11"], [("hedge", "hearsay", "aurait"), ("agency", "agentless", "interpellé")]),
                ("Le Programme des Nations unies pour l'environnement et l'Union européenne ont proposé d'envoyer des experts des deux côtés de la frontière.", ["n15"], []),
                ("À Téhéran aussi, on s'inquiète : l'Okhtchoutchaï se jette dans l'Araxe, qui sépare l'Iran de l'Azerbaïdjan et de l'Arménie.", ["n14"], []),
            ],
            [
                ("Les résidus miniers, mélange d'eau et de roche finement broyée, contiennent souvent de l'arsenic, des métaux lourds et des réactifs de flottation.", [], []),
                ("En 2019, la rupture d'un barrage de résidus à Brumadinho, au Brésil, avait fait près de 270 morts.", [], []),
                ("Le Syunik renferme les plus grands gisements de cuivre et de molybdène du Caucase du Sud.", ["n17"], []),
            ],
        ],
    },
    "uk-pivdennyi-visnyk.txt": {
        "header": " date 2026-06-18 (Південний вісник)",
        "paragraphs": [
            [("У Вірменії прорвало дамбу хвостосховища: відходи потрапили в річку, що тече до Азербайджану", ["n1"], [])],
            [
                ("У середу близько 04:10 поблизу міста Капан в області Сюнік на півдні Вірменії прорвало дамбу хвостосховища гірничодобувної компанії «Арцатасар».", ["n1"], []),
                ("За словами компанії, у річку Вохчі потрапило близько 40 тисяч кубометрів відходів збагачення руди.", ["n2"], [att("За словами")]),
                ("Аварію в компанії пояснюють зливами, які два дні поспіль не вщухали в регіоні.", ["n4"], [att("пояснюють")]),
                ("Збагачувальну фабрику зупинили, а директор «Арцатасару» Самвел Агаджанян вибачився перед мешканцями навколишніх сіл.", ["n10"], []),
            ],
            [
                ("Міністерство довкілля Вірменії заявило, що біля Капана вміст міді й молібдену в кілька разів перевищує норму, але на кордоні наближається до допустимого рівня.", ["n6"], [att("заявило")]),
                ("Азербайджанське міністерство екології натомість повідомило, що в пробах, відібраних у Зангіланському районі, вміст міді перевищує норму у 27 разів.", ["n7"], [att("повідомило")]),
                ("Мешканцям прибережних сіл по обидва боки кордону радять не використовувати воду з річки для поливу й напування худоби.", ["n9"], []),
                ("Радник президента Азербайджану Хікмет Гаджиєв назвав аварію «екоцидом» і пообіцяв, що Баку вимагатиме компенсації в межах арбітражу за Бернською конвенцією.", ["n12"], [att("назвав"), ("scare-quote", "distancing", "«екоцидом»"), ("loaded", "contested", "екоцидом")]),
            ],
            [
                ("Єреван запропонував азербайджанським фахівцям спільно відібрати проби на кордоні, однак відповіді поки не отримав.", ["n13"], []),
                ("Євросоюз і Програма ООН з навколишнього середовища висловили готовність надіслати експертів.", ["n15"], []),
                ("Москва також запропонувала свою «допомогу», хоча ні Єреван, ні Баку про неї не просили.", ["n19"], [("scare-quote", "distancing", "«допомогу»")]),
                ("Для багатьох українців кадри сірої ріки нагадують про екологічні наслідки підриву Каховської ГЕС у 2023 році.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (o), held out: a drone comes down near the Armenian spa town of Jermuk (Vayots Dzor),
# close to Azerbaijan's Kalbajar district; Yerevan says its air defences shot down an Azerbaijani
# reconnaissance drone, Baku that an unarmed border-patrol drone lost its link in fog. Written
# without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned on.
# Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_O = {
    "o1": "On Thursday morning 26 March a drone came down on a mountain pasture near the spa town of Jermuk in Armenia's Vayots Dzor province, close to the border with Azerbaijan's Kalbajar district (en: at about 09:40; hy: at 09:35, about 4 km south-east of Jermuk; ru: around ten)",
    "o2": "No one on the ground was hurt; the wreckage fell a few hundred metres from a shepherds' camp (hy: 300 m from a shepherds' hut)",
    "o3": "Yerevan's account: the Armenian Defence Ministry says its air defences shot down an Azerbaijani military reconnaissance drone that had violated Armenian airspace (tr: a 'spy drone')",
    "o4": "How far the drone flew into Armenia: about 12 km by the Armenian Defence Ministry (ru: about ten; fr: a dozen; de: about twelve), no more than two km by Baku's count (en, az, tr)",
    "o5": "Baku's account: Azerbaijan's State Border Service says it was an unarmed patrol drone that lost its control link in thick fog, strayed across the border and crashed for technical reasons, and denies it was shot down",
    "o6": "The wreckage shows a drone with a wingspan of about three metres (hy: 3.5 m) and a camera under its nose, carrying no weapons (az: only a surveillance camera, as Baku's outlet states it)",
    "o7": "Residents or shepherds heard a loud bang shortly before the drone fell (ru: two explosions, hearsay)",
    "o8": "Armenia's National Security Service took the wreckage away and the Investigative Committee opened a criminal case for illegal crossing of the state border",
    "o9": "Armenia's foreign ministry called the flight a gross violation of Armenia's sovereignty and a blow to the peace process (az: the violation only, in quotes)",
    "o10": "Baku demanded the return of the wreckage; Yerevan says not before the investigation is over (az, tr: the demand only)",
    "o11": "Hikmet Hajiyev accused Yerevan of turning a technical incident into a political show and said Baku was ready to share the drone's flight data (ru, fr: the accusation only)",
    "o12": "A patrol of the EU Mission in Armenia visited the crash site in the afternoon",
    "o13": "Armenian Defence Minister Suren Papikyan visited the site and examined the wreckage",
    "o14": "Armenia's Civil Aviation Committee closed the airspace over Vayots Dzor and Syunik to civilian flights for about two hours (de: over the south of the country, almost three hours)",
    "o15": "Russia's foreign ministry spokeswoman Maria Zakharova called for restraint and offered Russian experts to help examine the wreckage",
}

ARTICLES_O = {
    "en-eastgate-monitor.txt": {
        "header": " date 2026-03-26 (The Eastgate Monitor)",
        "paragraphs": [
            [("Armenia says it shot down Azerbaijani drone near spa town of Jermuk", ["o1", "o3"], [att("says")])],
            [
                ("A drone came down on a mountain pasture near the Armenian spa town of Jermuk, in Vayots Dzor province, at about 09:40 on Thursday, a few kilometres from the border with Azerbaijan's Kalbajar district.", ["o1"], []),
                ("No one on the ground was hurt, although the wreckage landed a few hundred metres from a shepherds' camp.", ["o2"], []),
            ],
            [
                ("Armenia's Defence Ministry said its air defences had shot down an Azerbaijani military reconnaissance drone that had violated Armenian airspace.", ["o3"], [att("said")]),
                ("According to the ministry, the aircraft had flown about 12 kilometres into Armenian territory before air defence crews opened fire.", ["o4"], [att("According to")]),
                ("Azerbaijan's State Border Service gave a different account, saying the drone was an unarmed patrol aircraft that had lost its control link in thick fog, drifted across the border and crashed.", ["o5"], [att("saying")]),
                ("It denied that Armenian forces had shot it down and said it had strayed no more than two kilometres into Armenia.", ["o5", "o4"], [att("denied"), att("said")]),
            ],
            [
                ("Photographs of the wreckage published by Armenian media show an aircraft with a wingspan of about three metres and a camera pod under its nose, but no weapons.", ["o6"], []),
                ("Armenia's Civil Aviation Committee closed the airspace over Vayots Dzor and Syunik to civilian flights for about two hours.", ["o14"], []),
                ("Officers of the National Security Service took the wreckage away, and the Investigative Committee opened a criminal case for illegal crossing of the state border.", ["o8"], []),
            ],
            [
                ("A patrol of the EU Mission in Armenia visited the site in the afternoon.", ["o12"], []),
                ("Armenia's foreign ministry called the flight a gross violation of the country's sovereignty and a blow to the peace process.", ["o9"], [att("called")]),
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, accused Yerevan of turning a technical incident into a political show and said Baku was ready to share the drone's flight data.", ["o11"], [att("accused"), att("said")]),
            ],
            [
                ("Jermuk, a town of about 4,000 people known for its hot springs, sits at the end of a single road that winds up from the Arpa valley.", [], []),
                ("Ski-season guests in its hotels were asked to stay indoors until midday.", [], []),
            ],
        ],
    },
    "ru-yuzhnyi-dozor.txt": {
        "header": " date 2026-03-26 (Южный дозор)",
        "paragraphs": [
            [("Захарова призвала Ереван и Баку к сдержанности после инцидента с беспилотником под Джермуком", ["o15", "o1"], [])],
            [
                ("В четверг около десяти утра в окрестностях армянского курорта Джермук в Вайоцдзорской области, недалеко от границы с Кельбаджарским районом Азербайджана, упал беспилотник.", ["o1"], []),
                ("Перед падением жители, как сообщается, слышали два взрыва.", ["o7"], [("hedge", "hearsay", "как сообщается")]),
            ],
            [
                ("Официальный представитель МИД России Мария Захарова призвала обе стороны к сдержанности и недопущению эскалации.", ["o15"], []),
                ("По её словам, Москва готова направить своих специалистов, чтобы помочь в изучении обломков.", ["o15"], [att("По её словам")]),
            ],
            [
                ("В Минобороны Армении утверждают, что армянская ПВО сбила азербайджанский разведывательный беспилотник, нарушивший воздушное пространство республики.", ["o3"], [doubt("утверждают")]),
                ("По армянским данным, аппарат углубился на территорию Армении примерно на десять километров.", ["o4"], [att("По армянским данным")]),
                ("В Государственной пограничной службе Азербайджана заявили, что речь идёт о невооружённом патрульном дроне, который в густом тумане потерял связь с оператором и отклонился от курса.", ["o5"], [att("заявили")]),
                ("Версию об уничтожении аппарата армянской ПВО в Баку отвергают.", ["o5"], [att("отвергают")]),
            ],
            [
                ("Баку потребовал вернуть обломки, однако в Ереване ответили, что это возможно лишь после завершения расследования.", ["o10"], [att("ответили")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев обвинил Ереван в попытке превратить технический инцидент в политическое шоу.", ["o11"], [att("обвинил")]),
                ("Тем временем к месту падения прибыли наблюдатели так называемой гражданской миссии Евросоюза в Армении.", ["o12"], [("scare-quote", "marker", "так называемой")]),
                ("Гражданские рейсы над югом Армении, как сообщили в Комитете гражданской авиации, были приостановлены примерно на два часа.", ["o14"], [att("сообщили")]),
            ],
            [
                ("Напомним, что в 2024 году по требованию Еревана российские пограничники покинули пункт пропуска в аэропорту «Звартноц».", [], []),
                ("В армянском правительстве всё чаще говорят о закупке систем противовоздушной обороны у Франции и Индии.", [], [att("говорят")]),
            ],
        ],
    },
    "az-ses-dalgasi.txt": {
        "header": " date 2026-03-26 (Səs dalğası)",
        "paragraphs": [
            [("DSX: Sərhəd boyunca patrul uçuşu həyata keçirən PUA sıx dumanda idarəetmə siqnalını itirib", ["o5"], [])],
            [
                ("Martın 26-da səhər saatlarında Dövlət Sərhəd Xidmətinin Kəlbəcər rayonu istiqamətində patrul uçuşu həyata keçirən pilotsuz uçuş aparatı Ermənistanın Vayots Dzor vilayətindəki Cermuk şəhərinin yaxınlığında qəzaya uğrayıb.", ["o1", "o5"], []),
                ("DSX-nin məlumatına görə, sıx duman şəraitində aparatla idarəetmə məntəqəsi arasında əlaqə kəsilib və PUA kursdan yayınaraq sərhəd xəttini keçib.", ["o5"], [att("məlumatına görə")]),
                ("Aparat Ermənistan ərazisinə 2 kilometrdən artıq daxil olmayıb.", ["o4"], []),
                ("Onun üzərində heç bir silah olmayıb, yalnız müşahidə kamerası quraşdırılıb.", ["o6"], []),
            ],
            [
                ("Ermənistan Müdafiə Nazirliyi isə “kəşfiyyat PUA-sı” adlandırdığı aparatın hava hücumundan müdafiə vasitələri ilə vurulduğunu iddia edir.", ["o3"], [("scare-quote", "distancing", "“kəşfiyyat PUA-sı”"), doubt("iddia edir")]),
                ("DSX bu iddianı qətiyyətlə təkzib edərək PUA-nın texniki səbəbdən qəzaya uğradığını bildirib.", ["o5"], [doubt("iddianı"), att("təkzib edərək"), att("bildirib")]),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, erməni tərəfi adi texniki hadisəni siyasi şouya çevirməyə çalışır.", ["o11"], [att("bildirib")]),
                ("Onun sözlərinə görə, Azərbaycan aparatın uçuş məlumatlarını beynəlxalq ekspertlərlə bölüşməyə hazırdır.", ["o11"], [att("sözlərinə görə")]),
                ("DSX həmçinin aparatın qalıqlarının dərhal Azərbaycana qaytarılmasını tələb edib.", ["o10"], []),
                ("Avropa İttifaqının Ermənistandakı missiyasının nümayəndələri günortadan sonra hadisə yerində olublar.", ["o12"], []),
                ("Ermənistan XİN-i isə hadisəni “suverenliyin kobud pozulması” adlandırıb.", ["o9"], [att("adlandırıb"), ("scare-quote", "distancing", "“suverenliyin kobud pozulması”")]),
            ],
            [
                ("Xatırladaq ki, Dövlət Sərhəd Xidməti 2021-ci ildən sərhədin Kəlbəcər və Laçın hissələrində pilotsuz aparatlarla müntəzəm patrul həyata keçirir.", [], []),
                ("Şübhəsiz, Azərbaycan sülh gündəliyinə sadiq qalmaqda davam edir.", [], [("booster", "booster", "Şübhəsiz")]),
            ],
        ],
    },
    "hy-vayots-ardzagank.txt": {
        "header": " date 2026-03-26 (Վայոց արձագանք)",
        "paragraphs": [
            [("Ջերմուկի մոտ ՀՀ հակաօդային պաշտպանությունը խոցել է ադրբեջանական հետախուզական անօդաչու թռչող սարք", ["o1", "o3"], [])],
            [
                ("Մարտի 26-ին՝ ժամը 09:35-ին, Ջերմուկից մոտ չորս կիլոմետր հարավ-արևելք՝ Քարվաճառի հետ սահմանի մերձակայքում, ընկել է ադրբեջանական անօդաչու թռչող սարք։", ["o1"], []),
                ("ՀՀ պաշտպանության նախարարության հաղորդմամբ՝ հետախուզական անօդաչուն խոցել են հակաօդային պաշտպանության ստորաբաժանումները, երբ այն մոտ 12 կիլոմետր խորությամբ ներթափանցել էր Հայաստանի օդային տարածք։", ["o3", "o4"], [att("հաղորդմամբ")]),
                ("Բեկորներն ընկել են հովիվների կացարանից ընդամենը 300 մետր հեռավորության վրա, տուժածներ չկան։", ["o2"], []),
                ("Հովիվները պատմում են, որ սարքի ընկնելուց առաջ ուժեղ պայթյուն են լսել։", ["o7"], [att("պատմում են")]),
            ],
            [
                ("Բեկորների լուսանկարներից երևում է, որ սարքի թևերի բացվածքը մոտ 3,5 մետր է, իսկ քթամասում տեղադրված է տեսախցիկ։", ["o6"], []),
                ("Ազգային անվտանգության ծառայության աշխատակիցները տեղափոխել են բեկորները, իսկ Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել պետական սահմանն ապօրինի հատելու դեպքի առթիվ։", ["o8"], []),
                ("Դեպքի վայր է այցելել և սարքի բեկորները զննել պաշտպանության նախարար Սուրեն Պապիկյանը։", ["o13"], []),
            ],
            [
                ("Ադրբեջանի պետական սահմանապահ ծառայությունը պնդում է, թե անզեն պարեկային անօդաչուն մառախուղի պատճառով կորցրել է կապը և ընկել «տեխնիկական անսարքության» հետևանքով։", ["o5"], [doubt("պնդում է"), ("scare-quote", "distancing", "«տեխնիկական անսարքության»")]),
                ("Բաքուն պահանջում է վերադարձնել բեկորները, սակայն Երևանը հայտարարել է, որ դա հնարավոր չէ մինչև քննության ավարտը։", ["o10"], [att("հայտարարել է")]),
                ("ՀՀ ԱԳՆ-ն թռիչքը որակել է Հայաստանի ինքնիշխանության կոպիտ խախտում և հարված խաղաղության գործընթացին։", ["o9"], [att("որակել է")]),
            ],
            [
                ("2022 թվականի սեպտեմբերից ի վեր ադրբեջանական զինուժը օկուպացրել է Ջերմուկի շրջակայքի մի քանի բարձունքներ, որտեղից քաղաքը երևում է անզեն աչքով։", [], [("loaded", "hy-frame", "օկուպացրել")]),
            ],
        ],
    },
    "tr-kafkas-habercisi.txt": {
        "header": " date 2026-03-26 (Kafkas Habercisi)",
        "paragraphs": [
            [("Azerbaycan: Cermuk yakınlarında düşen İHA sisli havada sinyal kaybetti", ["o1", "o5"], [])],
            [
                ("Azerbaycan Devlet Sınır Servisi'ne ait bir insansız hava aracı, perşembe sabahı Ermenistan'ın Vayots Dzor bölgesindeki Cermuk kenti yakınlarında düştü.", ["o1"], []),
                ("Servisten yapılan açıklamada, Kelbecer bölgesinde sınır hattı boyunca rutin devriye uçuşu yapan silahsız İHA'nın yoğun sis nedeniyle kontrol merkeziyle bağlantısının koptuğu belirtildi.", ["o5"], [att("belirtildi")]),
                ("Açıklamaya göre araç, sınırı en fazla iki kilometre aşarak Ermenistan topraklarına düştü.", ["o4", "o5"], [att("Açıklamaya göre")]),
            ],
            [
                ("Ermeni tarafı ise İHA'yı hava savunma sistemleriyle düşürdüğünü iddia ediyor.", ["o3"], [doubt("iddia ediyor")]),
                ("Ermenistan Savunma Bakanlığı, “casus İHA” olarak nitelendirdiği aracın Ermenistan hava sahasında 12 kilometre ilerlediğini öne sürdü.", ["o3", "o4"], [("scare-quote", "distancing", "“casus İHA”"), doubt("öne sürdü")]),
                ("Ermenistan Dışişleri Bakanlığı da olayı egemenlik ihlali ve barış sürecine vurulmuş bir darbe olarak değerlendirdi.", ["o9"], [att("değerlendirdi")]),
            ],
            [
                ("Azerbaycan Cumhurbaşkanlığı Dış Politika Başdanışmanı Hikmet Hacıyev, Erivan'ın teknik bir arızayı siyasi bir gösteriye dönüştürmeye çalıştığını söyledi.", ["o11"], [att("söyledi")]),
                ("Hacıyev, Bakü'nün İHA'nın uçuş verilerini paylaşmaya hazır olduğunu da vurguladı.", ["o11"], [att("vurguladı")]),
                ("Azerbaycan, aracın enkazının gecikmeden iade edilmesini talep etti.", ["o10"], []),
                ("AB'nin Ermenistan'daki sivil misyonundan bir ekip öğleden sonra olay yerinde inceleme yaptı.", ["o12"], []),
            ],
            [
                ("Türkiye, son yıllarda Azerbaycan ordusunun insansız hava aracı envanterinin önemli bir kısmını karşıladı.", [], []),
                ("İHA'lar, 2020'deki 44 günlük savaşta Azerbaycan'ın kazandığı zaferde belirleyici rol oynamıştı.", [], []),
            ],
        ],
    },
    "de-hochtal-zeitung.txt": {
        "header": " date 2026-03-27 (Hochtal-Zeitung)",
        "paragraphs": [
            [("Drohnenabsturz bei Dschermuk: Armenien spricht von Abschuss, Aserbaidschan von technischem Defekt", ["o1", "o3", "o5"], [att("spricht")])],
            [
                ("Nahe dem armenischen Kurort Dschermuk in der Provinz Wajoz Dsor ist am Donnerstagvormittag eine Drohne auf eine Bergweide gestürzt.", ["o1"], []),
                ("Das armenische Verteidigungsministerium erklärte, die eigene Luftabwehr habe eine aserbaidschanische Aufklärungsdrohne abgeschossen, die rund zwölf Kilometer tief in den armenischen Luftraum eingedrungen sei.", ["o3", "o4"], [att("erklärte")]),
                ("Der aserbaidschanische Grenzdienst bestreitet einen Abschuss.", ["o5"], [att("bestreitet")]),
                ("Nach seiner Darstellung handelte es sich um eine unbewaffnete Patrouillendrohne, die im dichten Nebel die Funkverbindung verloren habe und vom Kurs abgekommen sei.", ["o5"], [att("Nach seiner Darstellung")]),
            ],
            [
                ("Das armenische Außenministerium nannte den Flug eine grobe Verletzung der Souveränität des Landes und einen Schlag gegen den Friedensprozess.", ["o9"], [att("nannte")]),
                ("Russlands Außenamtssprecherin Maria Sacharowa rief beide Seiten zur Zurückhaltung auf und bot russische Experten für die Untersuchung der Trümmer an.", ["o15"], []),
                ("Eine Patrouille der EU-Mission in Armenien besuchte am Nachmittag die Absturzstelle.", ["o12"], []),
            ],
            [
                ("Verletzt wurde niemand, die Trümmer gingen einige hundert Meter von einem Hirtenlager entfernt nieder.", ["o2"], []),
                ("Anwohner berichteten, sie hätten kurz vor dem Absturz einen lauten Knall gehört.", ["o7"], [att("berichteten")]),
                ("Beamte des Nationalen Sicherheitsdienstes Armeniens stellten die Trümmer sicher, das Ermittlungskomitee leitete ein Strafverfahren wegen illegalen Grenzübertritts ein.", ["o8"], []),
                ("Die armenische Zivilluftfahrtbehörde sperrte den Luftraum über dem Süden des Landes für knapp drei Stunden für zivile Flüge.", ["o14"], []),
            ],
            [
                ("Unweit von Dschermuk liegt die Goldlagerstätte Amulsar, gegen deren Erschließung Umweltschützer seit Jahren kämpfen.", [], []),
                ("Seit 2023 beobachten auf der armenischen Seite der Grenze rund 200 unbewaffnete EU-Beobachter die Lage.", [], []),
            ],
        ],
    },
    "fr-veilleur-d-erevan.txt": {
        "header": " date 2026-03-27 (Le Veilleur d'Erevan)",
        "paragraphs": [
            [("L'Arménie abat un drone espion azerbaïdjanais au-dessus de Djermouk", ["o3", "o1"], [])],
            [
                ("La défense antiaérienne arménienne a abattu jeudi matin un drone de reconnaissance azerbaïdjanais qui survolait les environs de Djermouk, station thermale de la province de Vayots Dzor proche du district de Kelbadjar.", ["o1", "o3"], []),
                ("Selon le ministère arménien de la Défense, l'appareil s'était enfoncé d'une douzaine de kilomètres dans l'espace aérien du pays.", ["o4"], [att("Selon")]),
                ("Les photos de l'épave montrent un engin d'environ trois mètres d'envergure, équipé d'une caméra sous le nez mais dépourvu de toute arme.", ["o6"], []),
            ],
            [
                ("Le ministre de la Défense, Souren Papikian, s'est rendu sur place dans l'après-midi pour examiner les débris.", ["o13"], []),
                ("L'aviation civile arménienne a fermé pendant environ deux heures l'espace aérien du Vayots Dzor et du Syunik.", ["o14"], []),
            ],
            [
                ("Bakou prétend qu'il s'agissait d'un simple drone de patrouille, non armé, victime d'une « perte de signal » dans le brouillard.", ["o5"], [doubt("prétend"), ("scare-quote", "distancing", "« perte de signal »")]),
                ("Hikmet Hajiyev, conseiller du président Ilham Aliyev, accuse même Erevan de transformer un incident technique en « spectacle politique ».", ["o11"], [att("accuse"), ("scare-quote", "distancing", "« spectacle politique »")]),
                ("L'Azerbaïdjan réclame la restitution de l'épave, ce qu'Erevan exclut tant que l'enquête n'est pas close.", ["o10"], []),
            ],
            [
                ("Le ministère arménien des Affaires étrangères dénonce une violation grossière de la souveraineté nationale et un coup porté au processus de paix.", ["o9"], [att("dénonce")]),
                ("La porte-parole de la diplomatie russe, Maria Zakharova, a appelé à la retenue et proposé l'aide d'experts russes pour analyser les débris.", ["o15"], []),
            ],
            [
                ("Faute de relations diplomatiques, Erevan ne dispose d'aucune ambassade à Bakou pour transmettre ses protestations.", [], []),
                ("Forte de plusieurs centaines de milliers de membres, la diaspora arménienne de France suit de près chaque incident à la frontière.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (p), held out: an Azerbaijan Airlines (AZAL) Airbus A320 flying from Baku to Nakhchivan
# makes an emergency landing at Zvartnots airport in Yerevan after a smoke alarm over Syunik;
# the passengers wait for hours in the terminal and the two sides dispute the Armenian checks.
# Written without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned on.
# Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_P = {
    "p1": "On Saturday 7 February an Azerbaijan Airlines (AZAL) Airbus A320 flying from Baku to Nakhchivan made an emergency landing at Zvartnots airport in Yerevan (en, hy: at 10:47; az: at 10:45; ru: shortly before 11; uk: in the morning)",
    "p2": "There were 118 passengers and six crew on board (ru: about 130 people, by the Armenian side; hy: 121 passengers and six crew; tr: 124 people; es: more than a hundred passengers)",
    "p3": "Over Armenia's Syunik province (az: 'Qərbi Zəngəzur') a smoke alarm went off in the cargo hold and the crew asked to land at the nearest airport (hy: smoke in the cabin; uk: a smell of burning in the cabin; ru: hearsay)",
    "p4": "Fire engines met the plane, no one was hurt and the passengers left the aircraft by the stairs (az, uk: were evacuated)",
    "p5": "An elderly woman passenger who felt unwell was given medical help (ru, uk: by Armenian medics at the airport; az: first aid on the spot; hy: a 70-year-old taken to a Yerevan hospital and discharged a few hours later)",
    "p6": "The passengers waited about five hours in a separate hall of the terminal, where they were given water and food (ru: almost six hours; az: more than four hours, because of the Armenian checks)",
    "p7": "Armenian engineers found no trace of fire on board; Armenia's Civil Aviation Committee says a faulty smoke sensor most likely set off the alarm",
    "p8": "Yerevan's account of the checks: officers (border guards) of Armenia's National Security Service checked the passengers' documents and the hold as for any unscheduled landing of a foreign aircraft, and no one left the transit area (the Armenian account; ru, az, tr: doubted)",
    "p9": "Baku's account of the checks: Hikmet Hajiyev said the passengers were kept waiting without good reason and that Armenian security officers questioned the crew for more than two hours (the Azerbaijani account; az: stated as fact; hy: doubted)",
    "p10": "A replacement AZAL aircraft sent from Baku took the passengers on to Nakhchivan, where they arrived in the evening (az: at 17:35)",
    "p11": "Azerbaijan's foreign minister Jeyhun Bayramov phoned Armenia's foreign minister Ararat Mirzoyan and thanked him for the help",
    "p12": "Prime Minister Nikol Pashinyan wrote (on Facebook) that the day had shown what normal relations between neighbours at peace could look like",
    "p13": "The Armenian opposition reproached the government for not using the occasion to demand the release of the Armenian prisoners held in Baku",
    "p14": "The European Union welcomed the two sides' cooperation as a confidence-building step (uk: together with the US State Department)",
    "p15": "The A320 stays at Zvartnots until AZAL's engineers, who came with the replacement plane, have checked it (ru: at least until next week)",
}

ARTICLES_P = {
    "en-crosswind-bulletin.txt": {
        "header": " date 2026-02-07 (The Crosswind Bulletin)",
        "paragraphs": [
            [("Azerbaijani airliner makes emergency landing in Yerevan after smoke alarm", ["p1", "p3"], [])],
            [
                ("An Azerbaijan Airlines passenger jet flying from Baku to the exclave of Nakhchivan made an emergency landing in the Armenian capital, Yerevan, on Saturday after a smoke alarm went off in its cargo hold over Syunik province.", ["p1", "p3"], []),
                ("The Airbus A320 was carrying 118 passengers and six crew members, the airline said.", ["p2"], [att("said")]),
                ("It touched down at Zvartnots airport at 10:47 local time and was met on the runway by fire engines, but no one was hurt.", ["p1", "p4"], []),
            ],
            [
                ("The passengers left the aircraft by the stairs and spent about five hours in a separate hall of the terminal, where airport staff brought them water and sandwiches.", ["p4", "p6"], []),
                ("Armenian engineers who inspected the plane found no trace of fire, and the country's Civil Aviation Committee said a faulty smoke sensor was the most likely cause of the alarm.", ["p7"], [att("said"), ("hedge", "uncertain", "likely")]),
            ],
            [
                ("Armenia's National Security Service said its officers had checked the passengers' documents and searched the hold, as they would for any unscheduled landing by a foreign aircraft, and that no one had left the transit area.", ["p8"], [att("said")]),
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, said the checks had dragged on without good reason, adding that Armenian security officers had questioned the crew for more than two hours.", ["p9"], [att("said"), att("adding")]),
            ],
            [
                ("A replacement AZAL aircraft sent from Baku landed at Zvartnots in the afternoon and flew the passengers on to Nakhchivan, where they arrived in the early evening.", ["p10"], []),
                ("Azerbaijan's foreign minister, Jeyhun Bayramov, phoned his Armenian counterpart, Ararat Mirzoyan, to thank him for the help given to the passengers, both ministries said.", ["p11"], [att("said")]),
                ("Prime Minister Nikol Pashinyan wrote on Facebook that the day had shown what normal relations between neighbours at peace could look like.", ["p12"], [att("wrote")]),
            ],
            [
                ("Armenia and Azerbaijan initialled a peace agreement at the White House in August 2025 but have yet to sign it.", [], []),
                ("Zvartnots lies on the western edge of Yerevan, on the road to the cathedral city of Vagharshapat.", [], []),
            ],
        ],
    },
    "es-brujula-del-sur.txt": {
        "header": " date 2026-02-08 (La Brújula del Sur)",
        "paragraphs": [
            [("Un avión de pasajeros azerbaiyano aterriza de emergencia en Ereván", ["p1"], [])],
            [
                ("Un Airbus A320 de Azerbaijan Airlines que cubría la ruta entre Bakú y el exclave de Najicheván, con más de un centenar de pasajeros a bordo, tuvo que aterrizar de emergencia el sábado en el aeropuerto de Zvartnots, en Ereván.", ["p1", "p2"], []),
                ("Según la aerolínea, la tripulación detectó humo en la bodega de carga cuando el avión sobrevolaba la provincia armenia de Syunik y pidió permiso para tomar tierra en el aeropuerto más cercano.", ["p3"], [att("Según")]),
            ],
            [
                ("El asesor de política exterior del presidente Ilham Alíev, Hikmet Hajíyev, calificó de «injustificada» la larga espera de los pasajeros y denunció que agentes armenios interrogaron a la tripulación durante más de dos horas.", ["p9"], [att("calificó"), ("scare-quote", "distancing", "«injustificada»"), att("denunció")]),
                ("Ereván sostiene que los controles del Servicio de Seguridad Nacional de Armenia son los habituales ante cualquier aterrizaje imprevisto de un avión extranjero y que ningún pasajero salió de la zona de tránsito.", ["p8"], [att("sostiene")]),
            ],
            [
                ("Los pasajeros esperaron unas cinco horas en una sala aparte de la terminal, donde el personal del aeropuerto les repartió agua y comida.", ["p6"], []),
                ("Los técnicos armenios no hallaron rastro de fuego a bordo, y según el Comité de Aviación Civil de Armenia la alarma se debió probablemente a un sensor de humo defectuoso.", ["p7"], [att("según"), ("hedge", "uncertain", "probablemente")]),
                ("Por la tarde, un avión de reemplazo enviado desde Bakú recogió a los pasajeros y los trasladó a Najicheván.", ["p10"], []),
                ("El A320 averiado permanecerá en Zvartnots hasta que lo revisen los ingenieros de la aerolínea que llegaron en ese segundo vuelo.", ["p15"], []),
            ],
            [
                ("En Armenia, la oposición reprochó al Gobierno no haber aprovechado la ocasión para exigir la liberación de los armenios presos en Bakú.", ["p13"], [att("reprochó")]),
                ("La Unión Europea, por su parte, celebró la cooperación entre ambos países como una medida de confianza.", ["p14"], [att("celebró")]),
            ],
            [
                ("Najicheván, un exclave de unos 5.500 kilómetros cuadrados, limita con Armenia, Irán y Turquía.", [], []),
                ("Armenia y Azerbaiyán nunca han establecido relaciones diplomáticas.", [], []),
            ],
        ],
    },
    "ru-vestnik-zakavkazya.txt": {
        "header": " date 2026-02-07 (Вестник Закавказья)",
        "paragraphs": [
            [("Самолёт AZAL экстренно сел в Ереване, пассажиры почти шесть часов ждали в аэропорту", ["p1", "p6"], [])],
            [
                ("В субботу незадолго до 11 часов утра пассажирский Airbus A320 азербайджанской авиакомпании AZAL, выполнявший рейс Баку — Нахичевань, совершил вынужденную посадку в ереванском аэропорту «Звартноц».", ["p1"], []),
                ("Почти шесть часов пассажиры провели в отдельном зале терминала, где им выдали воду и еду.", ["p6"], []),
            ],
            [
                ("В Баку недовольны: помощник президента Азербайджана Хикмет Гаджиев назвал задержку «ничем не оправданной» и заявил, что сотрудники СНБ Армении больше двух часов допрашивали экипаж.", ["p9"], [att("назвал"), ("scare-quote", "distancing", "«ничем не оправданной»"), att("заявил")]),
                ("В Ереване утверждают, что проверка документов и багажного отсека — стандартная процедура при любой незапланированной посадке иностранного воздушного судна.", ["p8"], [doubt("утверждают")]),
            ],
            [
                ("Как сообщается, над Сюником экипаж получил сигнал о задымлении в багажном отсеке и запросил посадку в ближайшем аэропорту.", ["p3"], [("hedge", "hearsay", "Как сообщается")]),
                ("На борту, по данным армянской стороны, находилось около 130 человек.", ["p2"], [att("по данным")]),
                ("Одной из пассажирок, пожилой женщине, стало плохо, и ей оказали помощь армянские медики.", ["p5"], []),
                ("Сам лайнер останется в «Звартноце» по меньшей мере до следующей недели, пока его не осмотрят инженеры AZAL.", ["p15"], []),
            ],
            [
                ("Никол Пашинян написал в Facebook, что этот день показал, как могут выглядеть «нормальные отношения» между соседями.", ["p12"], [att("написал"), ("scare-quote", "distancing", "«нормальные отношения»")]),
                ("Армянская оппозиция, в свою очередь, упрекнула власти в том, что они не воспользовались случаем и не потребовали освобождения армянских пленных в Баку.", ["p13"], [att("упрекнула")]),
                ("Евросоюз приветствовал «сотрудничество» Баку и Еревана, назвав его мерой укрепления доверия.", ["p14"], [att("приветствовал"), ("scare-quote", "distancing", "«сотрудничество»"), att("назвав")]),
            ],
            [
                ("Официальный представитель МИД России Мария Захарова заявила, что Москва готова помочь в расследовании инцидента.", [], [att("заявила")]),
                ("Напомним, что аэропорт «Звартноц» с 2002 года находится в концессионном управлении компании аргентинского бизнесмена армянского происхождения Эдуардо Эрнекяна.", [], []),
            ],
        ],
    },
    "az-goy-qursagi.txt": {
        "header": " date 2026-02-07 (Göy qurşağı)",
        "paragraphs": [
            [("AZAL-ın Bakı–Naxçıvan reysini yerinə yetirən təyyarəsi İrəvanda məcburi eniş edib", ["p1"], [])],
            [
                ("Fevralın 7-də Bakıdan Naxçıvana uçan AZAL-a məxsus Airbus A320 təyyarəsi saat 10:45-də İrəvanın “Zvartnots” hava limanında məcburi eniş edib.", ["p1"], []),
                ("Sərnişinlər təyyarədən təxliyə olunub, xəsarət alan yoxdur.", ["p4"], [mv("evacuation", "təxliyə")]),
                ("Təyyarə Qərbi Zəngəzur üzərindən uçarkən yük bölməsində tüstü siqnalı işə düşüb və ekipaj ən yaxın hava limanına enmək qərarına gəlib.", ["p3"], [("loaded", "az-frame", "Qərbi Zəngəzur")]),
            ],
            [
                ("Bortda 118 sərnişin və 6 ekipaj üzvü olub.", ["p2"], []),
                ("Özünü pis hiss edən yaşlı bir qadına yerindəcə ilk tibbi yardım göstərilib.", ["p5"], []),
                ("Bundan sonra sərnişinlər erməni tərəfinin apardığı yoxlamalar səbəbindən hava limanının ayrıca zalında dörd saatdan çox gözləmək məcburiyyətində qalıblar.", ["p6", "p9"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, erməni xüsusi xidmət orqanlarının əməkdaşları ekipaj üzvlərini iki saatdan artıq sorğu-suala tutublar və bu ləngitmənin heç bir əsası yoxdur.", ["p9"], [att("bildirib")]),
                ("Erməni tərəfi isə yoxlamaların “standart prosedur” olduğunu iddia edir.", ["p8"], [("scare-quote", "distancing", "“standart prosedur”"), doubt("iddia edir")]),
                ("Xarici işlər naziri Ceyhun Bayramov ermənistanlı həmkarı Ararat Mirzoyanla telefonla danışaraq sərnişinlərə və ekipaja göstərilən köməyə görə təşəkkür edib.", ["p11"], []),
                ("Sərnişinlər Bakıdan göndərilən ehtiyat təyyarə ilə axşam saat 17:35-də Naxçıvana çatdırılıb.", ["p10"], []),
            ],
            [
                ("Şübhəsiz, ekipajın peşəkar və soyuqqanlı hərəkətləri mümkün faciənin qarşısını alıb.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Qeyd edək ki, təyyarənin komandiri iyirmi ildən artıq uçuş təcrübəsi olan pilotdur.", [], []),
            ],
        ],
    },
    "hy-zartonk.txt": {
        "header": " date 2026-02-07 (Զարթոնք)",
        "paragraphs": [
            [("Բաքու–Նախիջևան չվերթն իրականացնող ադրբեջանական ինքնաթիռը հարկադիր վայրէջք է կատարել «Զվարթնոցում»", ["p1"], [])],
            [
                ("Շաբաթ օրը Բաքվից Նախիջևան թռչող ադրբեջանական AZAL ավիաընկերության Airbus A320 ինքնաթիռի սրահում Սյունիքի վրայով թռիչքի ժամանակ ծուխ է հայտնվել, և անձնակազմը որոշել է վայրէջք կատարել մոտակա օդանավակայանում։", ["p3"], []),
                ("Ինքնաթիռը ժամը 10:47-ին վայրէջք է կատարել «Զվարթնոց» օդանավակայանում։", ["p1"], []),
                ("ԱԱԾ սահմանապահ զորքերի ծառայողները, ինչպես օտարերկրյա ինքնաթիռի ցանկացած չնախատեսված վայրէջքի դեպքում, ստուգել են ուղևորների փաստաթղթերը և բեռնախցիկը։", ["p8"], []),
            ],
            [
                ("Ինքնաթիռում եղել է 121 ուղևոր և անձնակազմի վեց անդամ։", ["p2"], []),
                ("Ուղևորները մոտ հինգ ժամ սպասել են տերմինալի առանձին սրահում, որտեղ օդանավակայանի աշխատակիցները նրանց ջուր ու սնունդ են տրամադրել։", ["p6"], []),
                ("Վատառողջ զգացած 70-ամյա կնոջը տեղափոխել են Երևանի հիվանդանոցներից մեկը, որտեղից նա մի քանի ժամ անց դուրս է գրվել։", ["p5"], []),
            ],
            [
                ("Քաղաքացիական ավիացիայի կոմիտեն հայտնել է, որ ինքնաթիռում հրդեհի հետքեր չեն հայտնաբերվել, և, նախնական տվյալներով, ազդանշանը տվել է անսարք ծխի տվիչը։", ["p7"], [att("հայտնել է"), ("hedge", "uncertain", "նախնական տվյալներով")]),
                ("Ալիևի օգնական Հիքմեթ Հաջիևը, սակայն, պնդում է, թե հայկական կողմը ուղևորներին «անհիմն երկար» է պահել օդանավակայանում։", ["p9"], [doubt("պնդում է"), ("scare-quote", "distancing", "«անհիմն երկար»")]),
                ("Ադրբեջանի ԱԳ նախարար Ջեյհուն Բայրամովը հեռախոսազրույց է ունեցել Արարատ Միրզոյանի հետ և շնորհակալություն հայտնել ցուցաբերած օգնության համար, հաղորդում է ՀՀ ԱԳՆ-ն։", ["p11"], [att("հաղորդում է")]),
            ],
            [
                ("Վարչապետ Նիկոլ Փաշինյանը ֆեյսբուքյան իր էջում գրել է, որ այդ օրը ցույց տվեց, թե ինչպիսին կարող են լինել խաղաղության մեջ ապրող հարևանների բնականոն հարաբերությունները։", ["p12"], [att("գրել է")]),
                ("Ընդդիմությունը կառավարությանը մեղադրում է, որ այն բաց թողեց առիթը՝ պահանջելու Ադրբեջանի կողմից ապօրինի պահվող հայ գերիների ազատ արձակումը։", ["p13"], [att("մեղադրում է"), ("loaded", "hy-frame", "ապօրինի")]),
            ],
            [
                ("Հայաստանի և Ադրբեջանի միջև ուղիղ ավիահաղորդակցություն չկա արդեն ավելի քան երեսուն տարի։", [], []),
                ("«Զվարթնոց» օդանավակայանը կրում է մոտակայքում գտնվող 7-րդ դարի տաճարի անունը։", [], []),
            ],
        ],
    },
    "tr-hazar-postasi.txt": {
        "header": " date 2026-02-07 (Hazar Postası)",
        "paragraphs": [
            [("Azerbaycan uçağı Erivan'a acil iniş yaptı, Bakü'den bekleme süresine tepki", ["p1", "p9"], [])],
            [
                ("Azerbaycan Hava Yolları'na (AZAL) ait, Bakü–Nahçıvan seferini yapan Airbus A320 tipi yolcu uçağı cumartesi günü Ermenistan'ın başkenti Erivan'daki Zvartnots Havalimanı'na acil iniş yaptı.", ["p1"], []),
                ("Cumhurbaşkanlığı Dış Politika Başdanışmanı Hikmet Hacıyev, yolcuların havalimanında saatlerce bekletilmesinin hiçbir haklı gerekçesi olmadığını söyledi.", ["p9"], [att("söyledi")]),
                ("Hacıyev, mürettebatın Ermeni güvenlik görevlilerince iki saatten fazla sorguya çekildiğini de vurguladı.", ["p9"], [att("vurguladı")]),
            ],
            [
                ("Ermeni tarafı ise yapılan kontrollerin, plansız iniş yapan her yabancı uçağa uygulanan standart prosedür olduğunu iddia etti.", ["p8"], [doubt("iddia etti")]),
                ("Uçağın kargo bölümünde duman alarmının devreye girdiği, bunun üzerine pilotların en yakın havalimanına inmek için izin istediği bildirildi.", ["p3"], [att("bildirildi")]),
                ("Uçakta 124 kişi bulunuyordu.", ["p2"], []),
                ("İniş sırasında pistte itfaiye ekipleri hazır bekledi, yaralanan olmadı.", ["p4"], []),
                ("Yolcular terminalde ayrı bir salonda yaklaşık beş saat bekledi.", ["p6"], []),
            ],
            [
                ("Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Ermenistan Dışişleri Bakanı Ararat Mirzoyan ile telefonda görüşerek yardımları için teşekkür etti.", ["p11"], []),
                ("Bakü'den gönderilen yedek uçak, yolcuları akşam saatlerinde Nahçıvan'a ulaştırdı.", ["p10"], []),
                ("Avrupa Birliği de iki ülke arasındaki iş birliğini güven artırıcı bir adım olarak memnuniyetle karşıladı.", ["p14"], [att("memnuniyetle karşıladı")]),
            ],
            [
                ("Türkiye ile Ermenistan arasında İstanbul–Erivan uçuşları 2022'den bu yana düzenli olarak yapılıyor.", [], []),
            ],
        ],
    },
    "uk-kyivskyi-kurier.txt": {
        "header": " date 2026-02-08 (Київський кур’єр)",
        "paragraphs": [
            [("Азербайджанський літак екстрено сів у Єревані через сигнал про дим на борту", ["p1", "p3"], [])],
            [
                ("У суботу вранці пасажирський Airbus A320 компанії AZAL, що летів із Баку до Нахічевані, екстрено приземлився в єреванському аеропорту «Звартноц».", ["p1"], []),
                ("За словами представників авіакомпанії, над вірменською областю Сюнік пілоти відчули в салоні запах гару й попросили дозволу сісти в найближчому аеропорту.", ["p3"], [att("За словами")]),
                ("Вірменський Комітет цивільної авіації згодом повідомив, що слідів вогню на борту не виявили, а тривога, ймовірно, спрацювала через несправний датчик диму.", ["p7"], [att("повідомив"), ("hedge", "uncertain", "ймовірно")]),
            ],
            [
                ("На борту перебували 118 пасажирів і шестеро членів екіпажу.", ["p2"], []),
                ("Пасажирів евакуювали трапом, ніхто не постраждав.", ["p4"], [mv("evacuation", "евакуювали")]),
                ("Літній пасажирці, якій стало зле, допомогу надали вірменські медики просто в аеропорту.", ["p5"], []),
                ("Увечері пасажирів доправив до Нахічевані резервний літак, який AZAL відправила з Баку.", ["p10"], []),
                ("Несправний лайнер залишиться в Єревані, доки його не огляне технічна бригада авіакомпанії.", ["p15"], []),
            ],
            [
                ("Радник президента Азербайджану Хікмет Гаджиєв назвав надмірно тривалими перевірки, які вірменські прикордонники влаштували пасажирам та екіпажу.", ["p9"], [att("назвав")]),
                ("Прем’єр-міністр Вірменії Нікол Пашинян написав, що цей день показав, якими можуть бути нормальні відносини між сусідами, що живуть у мирі.", ["p12"], [att("написав")]),
                ("ЄС і Держдепартамент США привітали співпрацю Баку та Єревана як крок до зміцнення довіри.", ["p14"], [att("привітали")]),
            ],
            [
                ("Повітряний простір України закритий для цивільних рейсів із лютого 2022 року.", [], []),
                ("Airbus A320 — один із найпоширеніших у світі вузькофюзеляжних пасажирських літаків.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (q), held out: the national football teams of Armenia and Azerbaijan play each other for
# the first time, a friendly in Tbilisi; a Karabakh flag in the Armenian stand, flares, detentions,
# UEFA proceedings and each side's reading of the evening. Written without looking at the concept
# lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the aligner (src/), so
# it measures the tool on text it was not tuned on. Keep it that way: do not rewrite these
# sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_Q = {
    "q1": "On Saturday 10 October the national football teams of Armenia and Azerbaijan played each other for the first time, in a friendly at the Dinamo Arena in Tbilisi",
    "q2": "The match ended in a 1–1 draw",
    "q3": "Azerbaijan took the lead in the 34th minute through the forward Tural Nasirli, with a header (ka: the minute only)",
    "q4": "Armenia equalised in the 81st minute from a penalty taken by its captain Gor Manukyan (az, tr: a disputed penalty)",
    "q5": "Azerbaijan's coach Elshan Gurbanov said the penalty should not have been given (hy: doubted)",
    "q6": "About 22,000 spectators watched the match (ru: about 25,000; az: more than 23,000; ka: 22,300)",
    "q7": "The two sides' fans were kept in opposite stands with separate entrances, under a large Georgian police operation (ru: about 4,000 police; ka: 3,500)",
    "q8": "In the second half Armenian fans unfurled a flag of the self-proclaimed Nagorno-Karabakh Republic (Artsakh) in their stand, and stewards removed it (az, tr: the 'so-called' republic)",
    "q9": "Flares were thrown onto the pitch and the referee stopped the match for several minutes (en, ka: from both ends, about eight minutes; fr: about ten; tr: about 10, from the Armenian stand; az: a few minutes, thrown by Armenian fans; hy: about six, thrown by Azerbaijani fans, by eyewitnesses)",
    "q10": "Georgian police detained fans after scuffles near the stadium (en, ka: 14, eight Azerbaijani and six Armenian citizens; ru: about twenty; az: nine Armenian fans; hy: 11, Armenian fans among them; fr: about fifteen, hearsay)",
    "q11": "UEFA opened disciplinary proceedings against both federations",
    "q12": "Prime Minister Nikol Pashinyan, who watched from the stands, wrote (on Facebook) that the evening showed that peace between the two peoples is possible (az: doubted)",
    "q13": "Hikmet Hajiyev called the flag a provocation and urged UEFA to punish the Armenian federation",
    "q14": "Before kick-off the captains exchanged pennants and the two teams posed for a joint photograph",
    "q15": "A return match is planned for 2027 (en, ka: venue not yet agreed; az, tr: in Baku; hy: the Armenian side proposes a neutral venue)",
}

ARTICLES_Q = {
    "en-lowland-standard.txt": {
        "header": " date 2026-10-11 (The Lowland Standard)",
        "paragraphs": [
            [("Armenia and Azerbaijan draw 1-1 in their first ever football match", ["q1", "q2"], [])],
            [
                ("Armenia and Azerbaijan met on a football pitch for the first time on Saturday, drawing 1-1 in a friendly at the Dinamo Arena in Tbilisi, the capital of neighbouring Georgia.", ["q1", "q2"], []),
                ("Azerbaijan took the lead in the 34th minute, when the forward Tural Nasirli rose above the Armenian defence to head in a corner.", ["q3"], []),
                ("Armenia's captain, Gor Manukyan, levelled from the penalty spot in the 81st minute after a substitute was brought down in the box.", ["q4"], []),
                ("Azerbaijan's coach, Elshan Gurbanov, told reporters that the penalty should never have been given, saying his defender had played the ball.", ["q5"], [att("told"), att("saying")]),
            ],
            [
                ("About 22,000 spectators watched the game, according to the Georgian Football Federation, in a stadium that holds more than twice as many.", ["q6"], [att("according to")]),
                ("Midway through the second half, a group of Armenian supporters unfurled a large flag of the self-proclaimed Nagorno-Karabakh Republic, which stewards removed within minutes.", ["q8"], [("polity-label", "unrecognised", "self-proclaimed Nagorno-Karabakh Republic")]),
                ("Flares were then thrown onto the pitch from both ends of the ground, and the Dutch referee stopped play for about eight minutes.", ["q9"], []),
                ("Georgian police detained 14 people, eight Azerbaijani and six Armenian citizens, after scuffles between rival fans near the stadium, the interior ministry said.", ["q10"], [att("said")]),
            ],
            [
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, called the flag a provocation and urged UEFA to punish the Armenian federation.", ["q13"], [att("called"), ("loaded", "contested", "provocation")]),
                ("Prime Minister Nikol Pashinyan, who watched from the stands, wrote on Facebook that the evening had shown that peace between the two peoples was possible.", ["q12"], [att("wrote")]),
                ("The two federations have agreed to play a return match in 2027 but have not yet decided where it will be held.", ["q15"], []),
            ],
            [
                ("Two qualifying matches between the countries for Euro 2008 were never played, and UEFA has since kept them apart in the draws for its competitions.", [], []),
                ("Most of the players on both sides were born after the first war over Karabakh ended in 1994.", [], []),
            ],
        ],
    },
    "ru-tiflisskii-listok.txt": {
        "header": " date 2026-10-11 (Тифлисский листок)",
        "paragraphs": [
            [("Первый в истории матч Армении и Азербайджана завершился ничьей и скандалом с флагом НКР", ["q1", "q2", "q8"], [("polity-label", "legitimising", "НКР")])],
            [
                ("В субботу на тбилисском стадионе «Динамо» сборные Армении и Азербайджана впервые в истории сыграли между собой: товарищеский матч завершился со счётом 1:1.", ["q1", "q2"], []),
                ("Главным событием вечера, впрочем, стал не футбол: во втором тайме армянские болельщики развернули на трибуне флаг непризнанной Нагорно-Карабахской Республики.", ["q8"], [("polity-label", "unrecognised", "непризнанной")]),
                ("Стюарды, как сообщается, убрали полотнище лишь через несколько минут.", ["q8"], [("hedge", "hearsay", "как сообщается")]),
            ],
            [
                ("Помощник президента Азербайджана Хикмет Гаджиев назвал случившееся провокацией и призвал УЕФА наказать Федерацию футбола Армении.", ["q13"], [att("назвал"), ("loaded", "contested", "провокацией")]),
                ("УЕФА уже возбудил дисциплинарное дело в отношении обеих федераций.", ["q11"], []),
                ("Российские эксперты не исключают, что скандал поставит крест на так называемой «футбольной дипломатии», которую активно продвигают западные посредники.", [], [att("не исключают"), ("scare-quote", "marker", "так называемой"), ("scare-quote", "distancing", "«футбольной дипломатии»")]),
            ],
            [
                ("Что касается самой игры, то на 34-й минуте счёт открыл нападающий азербайджанской сборной Турал Насирли.", ["q3"], []),
                ("Армяне отыгрались на 81-й минуте, когда капитан команды Гор Манукян реализовал пенальти.", ["q4"], []),
                ("Матч, по данным организаторов, посетили около 25 тысяч зрителей.", ["q6"], [att("по данным")]),
                ("Болельщиков двух сборных рассадили на противоположных трибунах, а порядок обеспечивали около четырёх тысяч грузинских полицейских.", ["q7"], []),
                ("После игры у стадиона вспыхнули потасовки, задержаны около двадцати человек.", ["q10"], [("agency", "agentless", "задержаны")]),
            ],
            [
                ("Никол Пашинян, наблюдавший за игрой с трибуны, написал в Facebook, что матч стал доказательством того, что «мир возможен».", ["q12"], [att("написал"), ("scare-quote", "distancing", "«мир возможен»")]),
                ("Несколько игроков обеих сборных выступают в клубах российской Премьер-лиги.", [], []),
            ],
        ],
    },
    "az-qala-divari.txt": {
        "header": " date 2026-10-10 (Qala divarı)",
        "paragraphs": [
            [("Tbilisidə erməni azarkeşlərinin təxribatı: tribunada sözdə “DQR” bayrağı açılıb", ["q8"], [("scare-quote", "marker", "sözdə"), ("scare-quote", "distancing", "“DQR”"), ("loaded", "contested", "təxribatı"), ("polity-label", "delegitimising", "sözdə “DQR”")])],
            [
                ("Oktyabrın 10-da Tbilisidəki “Dinamo Arena” stadionunda Azərbaycan və Ermənistan millilərinin tarixdə ilk yoldaşlıq görüşü zamanı erməni azarkeşləri tribunada sözdə “DQR”-in bayrağını açıblar.", ["q1", "q8"], [("scare-quote", "marker", "sözdə"), ("scare-quote", "distancing", "“DQR”"), ("polity-label", "delegitimising", "sözdə “DQR”")]),
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, bu, idmanı siyasətə qurban verən revanşist qüvvələrin açıq təxribatıdır.", ["q13"], [att("bildirib"), ("loaded", "contested", "təxribatıdır")]),
                ("Onun sözlərinə görə, UEFA Ermənistan Futbol Federasiyasını ciddi şəkildə cəzalandırmalıdır.", ["q13"], [att("sözlərinə görə")]),
            ],
            [
                ("Görüş 1:1 hesabı ilə heç-heçə başa çatıb.", ["q2"], []),
                ("Millimizin hesabını 34-cü dəqiqədə hücumçu Tural Nəsirli başla vurduğu qolla açıb.", ["q3"], []),
                ("Ermənistan yığması 81-ci dəqiqədə mübahisəli penaltidən hesabı bərabərləşdirib, zərbəni kapitan Qor Manukyan yerinə yetirib.", ["q4"], []),
                ("Baş məşqçi Elşən Qurbanov matçdan sonra bildirib ki, penalti təyin etmək üçün heç bir əsas yox idi.", ["q5"], [att("bildirib")]),
            ],
            [
                ("İkinci hissədə erməni azarkeşlərinin meydana atdığı fişənglər səbəbindən oyun bir neçə dəqiqə dayandırılıb.", ["q9"], []),
                ("Stadion yaxınlığında Azərbaycan azarkeşlərinə hücum edən erməni azarkeşlərindən 9 nəfəri Gürcüstan polisi saxlayıb.", ["q10"], []),
                ("Oyunu 23 mindən çox tamaşaçı izləyib.", ["q6"], []),
            ],
            [
                ("Ermənistanın baş naziri Nikol Paşinyan isə matçın “sülhün mümkün olduğunu” göstərdiyini iddia edib.", ["q12"], [("scare-quote", "distancing", "“sülhün mümkün olduğunu”"), doubt("iddia edib")]),
                ("Cavab oyununun 2027-ci ildə Bakıda keçirilməsi gözlənilir.", ["q15"], [("hedge", "uncertain", "gözlənilir")]),
            ],
            [
                ("Xatırladaq ki, Bakı 2015-ci ildə ilk Avropa Oyunlarına ev sahibliyi edib.", [], []),
                ("Şübhəsiz, idman xalqlar arasında körpü rolunu oynamalıdır, lakin stadionlarda separatizm təbliğatına yer yoxdur.", [], [("booster", "booster", "Şübhəsiz")]),
            ],
        ],
    },
    "hy-nor-orakarg.txt": {
        "header": " date 2026-10-11 (Նոր օրակարգ)",
        "paragraphs": [
            [("Գոռ Մանուկյանի պենալտին Հայաստանին ոչ-ոքի է բերել Ադրբեջանի հետ պատմական առաջին խաղում", ["q1", "q2", "q4"], [])],
            [
                ("Շաբաթ երեկոյան Թբիլիսիի «Դինամո Արենայում» Հայաստանի և Ադրբեջանի ֆուտբոլի ազգային հավաքականներն առաջին անգամ հանդիպել են միմյանց, և ընկերական խաղն ավարտվել է 1:1 հաշվով։", ["q1", "q2"], []),
                ("Վարչապետ Նիկոլ Փաշինյանը, որը խաղը դիտել է տրիբունայից, ֆեյսբուքյան իր էջում գրել է, որ այս երեկոն ցույց տվեց՝ մեր ժողովուրդների միջև խաղաղությունը հնարավոր է։", ["q12"], [att("գրել է")]),
            ],
            [
                ("Հաշիվը հավասարեցրել է հավաքականի ավագ Գոռ Մանուկյանը, որը 81-րդ րոպեին իրացրել է 11 մետրանոց հարվածը։", ["q4"], []),
                ("Խաղից առաջ թիմերի ավագները փոխանակել էին դրոշակներ, և երկու հավաքականները միասին լուսանկարվել էին։", ["q14"], []),
                ("Ադրբեջանի հավաքականը հաշիվը բացել էր 34-րդ րոպեին՝ Թուրալ Նասիրլիի գլխով հարվածից։", ["q3"], []),
                ("Ադրբեջանի գլխավոր մարզիչ Էլշան Ղուրբանովը պնդում է, թե 11 մետրանոցն անարդարացիորեն է նշանակվել։", ["q5"], [doubt("պնդում է")]),
            ],
            [
                ("Երկրորդ խաղակեսում հայ երկրպագուները տրիբունայում բացել են Արցախի դրոշը, որը կարգադրիչները մի քանի րոպե անց հանել են։", ["q8"], [("polity-label", "legitimising", "Արցախի դրոշը")]),
                ("Ականատեսների խոսքով՝ դրանից հետո ադրբեջանցի ֆանատները բենգալյան կրակներ են նետել խաղադաշտ, և մրցավարը խաղը դադարեցրել է մոտ վեց րոպեով։", ["q9"], [att("խոսքով")]),
                ("Ալիևի օգնական Հիքմեթ Հաջիևը դրոշը որակել է որպես «սադրանք» և ՈՒԵՖԱ-ից պահանջել է պատժել Հայաստանի ֆուտբոլի ֆեդերացիային։", ["q13"], [att("որակել է"), ("scare-quote", "distancing", "«սադրանք»"), ("loaded", "contested", "սադրանք")]),
                ("Վրաստանի ոստիկանությունը մարզադաշտի մոտ տեղի ունեցած բախումներից հետո բերման է ենթարկել 11 մարդու, այդ թվում՝ հայ երկրպագուների։", ["q10"], []),
                ("Պատասխան խաղը նախատեսված է 2027 թվականին, և հայկական կողմն առաջարկում է այն անցկացնել չեզոք դաշտում։", ["q15"], []),
            ],
            [
                ("Երկրպագուներից շատերը Թբիլիսի էին մեկնել վաղ առավոտյան՝ Բագրատաշենի սահմանային անցակետով։", [], []),
                ("Տրիբունաներում էին նաև 2023 թվականին Արցախից բռնի տեղահանված բազմաթիվ ընտանիքներ։", [], [mv("forced", "բռնի տեղահանված")]),
            ],
        ],
    },
    "tr-kale-arkasi.txt": {
        "header": " date 2026-10-10 (Kale Arkası)",
        "paragraphs": [
            [("Tiflis'te tarihî maç: Azerbaycan, tartışmalı penaltıyla galibiyeti kaçırdı", ["q1", "q2", "q4"], [])],
            [
                ("Azerbaycan ile Ermenistan millî takımları, tarihlerinde ilk kez cumartesi akşamı Tiflis'teki Dinamo Arena'da hazırlık maçında karşı karşıya geldi ve karşılaşma 1-1 sona erdi.", ["q1", "q2"], []),
                ("Ermenistan, 81'inci dakikada kaptan Gor Manukyan'ın kullandığı tartışmalı penaltıyla beraberliği yakaladı.", ["q4"], []),
                ("Azerbaycan Teknik Direktörü Elşan Gurbanov, maçın ardından penaltı kararının hatalı olduğunu, savunma oyuncusunun önce topa müdahale ettiğini söyledi.", ["q5"], [att("söyledi")]),
                ("Azerbaycan'ı öne geçiren golü ise 34'üncü dakikada Tural Nesirli kafayla kaydetmişti.", ["q3"], []),
            ],
            [
                ("Karşılaşmayı yaklaşık 22 bin seyirci izledi.", ["q6"], []),
                ("Başlama düdüğünden önce iki takımın kaptanları flama değiş tokuşu yaptı, oyuncular da birlikte fotoğraf çektirdi.", ["q14"], []),
                ("İkinci yarıda Ermeni taraftarlar tribünde sözde “Dağlık Karabağ Cumhuriyeti” bayrağı açtı.", ["q8"], [("scare-quote", "marker", "sözde"), ("scare-quote", "distancing", "“Dağlık Karabağ Cumhuriyeti”"), ("polity-label", "delegitimising", "sözde “Dağlık Karabağ Cumhuriyeti”")]),
                ("Ermeni tribününden sahaya atılan meşaleler nedeniyle maç yaklaşık 10 dakika durduruldu.", ["q9"], []),
            ],
            [
                ("UEFA, yaşanan olaylar nedeniyle iki ülkenin futbol federasyonları hakkında disiplin soruşturması başlattı.", ["q11"], []),
                ("Azerbaycan Cumhurbaşkanlığı Dış Politika Başdanışmanı Hikmet Hacıyev, bayrak olayını açık bir provokasyon olarak nitelendirdi.", ["q13"], [att("nitelendirdi"), ("loaded", "contested", "provokasyon")]),
                ("Hacıyev, UEFA'nın Ermenistan Futbol Federasyonu'na gereken cezayı vermesi gerektiğini vurguladı.", ["q13"], [att("vurguladı")]),
                ("Rövanş maçının gelecek yıl Bakü'de oynanması planlanıyor.", ["q15"], []),
            ],
            [
                ("Türkiye ile Ermenistan arasında 2008'de Erivan'da oynanan Dünya Kupası eleme maçı da futbol diplomasisinin sembolü olarak hafızalara kazınmıştı.", [], []),
            ],
        ],
    },
    "fr-tribune-des-monts.txt": {
        "header": " date 2026-10-11 (La Tribune des Monts)",
        "paragraphs": [
            [("À Tbilissi, l'Arménie et l'Azerbaïdjan se quittent sur un nul pour leur premier face-à-face", ["q1", "q2"], [])],
            [
                ("Avant le coup d'envoi, les deux capitaines ont échangé leurs fanions et les joueurs ont posé ensemble pour une photo, sous les applaudissements d'une partie du public.", ["q14"], []),
                ("Pour la première fois de leur histoire, l'Arménie et l'Azerbaïdjan s'affrontaient samedi soir sur un terrain de football, en match amical, au stade Dinamo de Tbilissi.", ["q1"], []),
                ("La rencontre s'est achevée sur un score de parité, un but partout.", ["q2"], []),
            ],
            [
                ("Les supporters des deux camps avaient été placés dans des tribunes opposées, avec des entrées séparées, sous la surveillance d'un important dispositif policier géorgien.", ["q7"], []),
                ("L'attaquant azerbaïdjanais Tural Nasirli a ouvert le score de la tête à la 34e minute.", ["q3"], []),
                ("Le capitaine arménien Gor Manoukian a égalisé sur penalty à la 81e minute.", ["q4"], []),
            ],
            [
                ("En seconde période, des supporters arméniens ont déployé un drapeau de l'Artsakh, la république autoproclamée du Haut-Karabakh dissoute en 2024, que les stadiers ont rapidement retiré.", ["q8"], [("polity-label", "unrecognised", "autoproclamée")]),
                ("Des fumigènes ont ensuite été lancés sur la pelouse et l'arbitre a dû interrompre la partie une dizaine de minutes.", ["q9"], []),
                ("Une quinzaine de supporters auraient été interpellés après des échauffourées aux abords du stade.", ["q10"], [("hedge", "hearsay", "auraient"), ("agency", "agentless", "interpellés")]),
                ("L'UEFA a ouvert une procédure disciplinaire contre les deux fédérations.", ["q11"], []),
            ],
            [
                ("Nikol Pachinian, présent dans les tribunes, a écrit sur Facebook que la soirée avait montré que la paix entre les deux peuples était possible.", ["q12"], [att("écrit")]),
                ("Le Qarabağ FK, club d'Agdam exilé à Bakou depuis 1993, avait disputé la phase de groupes de la Ligue des champions en 2017.", [], []),
            ],
        ],
    },
    "ka-dedakalakis-ambebi.txt": {
        "header": " date 2026-10-11 (დედაქალაქის ამბები)",
        "paragraphs": [
            [("სომხეთისა და აზერბაიჯანის ნაკრებების ისტორიული მატჩი თბილისში ფრედ დასრულდა", ["q1", "q2"], [])],
            [
                ("შაბათს თბილისში, დინამო არენაზე, სომხეთისა და აზერბაიჯანის ფეხბურთის ეროვნული ნაკრებები ისტორიაში პირველად შეხვდნენ ერთმანეთს ამხანაგურ მატჩში.", ["q1"], []),
                ("შინაგან საქმეთა სამინისტროს ინფორმაციით, სტადიონსა და მის მიმდებარე ტერიტორიაზე წესრიგს 3500 პოლიციელი იცავდა, ორი ქვეყნის გულშემატკივრები კი საპირისპირო ტრიბუნებზე განათავსეს და სტადიონზე სხვადასხვა შესასვლელიდან შეუშვეს.", ["q7"], [att("ინფორმაციით")]),
                ("მატჩს 22 300 მაყურებელი დაესწრო.", ["q6"], []),
            ],
            [
                ("მატჩის დაწყებამდე გუნდების კაპიტანებმა ვიმპელები გაცვალეს, ფეხბურთელებმა კი ერთად გადაიღეს სურათი.", ["q14"], []),
                ("34-ე წუთზე ანგარიში აზერბაიჯანელებმა გახსნეს, თუმცა 81-ე წუთზე სომხეთის ნაკრების კაპიტანმა გორ მანუკიანმა პენალტი გაიტანა და ანგარიში გაათანაბრა.", ["q3", "q4"], []),
            ],
            [
                ("მეორე ტაიმში სომეხმა გულშემატკივრებმა ტრიბუნაზე არცახის რესპუბლიკის დროშა გაშალეს, რომელიც სტიუარდებმა რამდენიმე წუთში ჩამოხსნეს.", ["q8"], [("polity-label", "legitimising", "არცახის რესპუბლიკის")]),
                ("ამის შემდეგ მოედანზე ორივე მხრიდან ფაიერები ისროლეს და მსაჯმა თამაში დაახლოებით რვა წუთით შეაჩერა.", ["q9"], []),
                ("შსს-ს ცნობით, სტადიონთან მომხდარი შელაპარაკებისა და ჩხუბის შემდეგ პოლიციამ 14 ადამიანი დააკავა, მათ შორის აზერბაიჯანის რვა და სომხეთის ექვსი მოქალაქე.", ["q10"], [att("ცნობით")]),
                ("უეფამ ორივე ფედერაციის მიმართ დისციპლინური საქმე აღძრა.", ["q11"], []),
                ("საპასუხო მატჩი 2027 წელს უნდა გაიმართოს, თუმცა ჩატარების ადგილი ჯერ შეთანხმებული არ არის.", ["q15"], []),
            ],
            [
                ("საქართველოს ნაკრებმა ევროპის ჩემპიონატზე პირველად 2024 წელს ითამაშა.", [], []),
                ("თბილისსა და ქვემო ქართლში როგორც სომხური, ისე აზერბაიჯანული მრავალრიცხოვანი თემი ცხოვრობს.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (r), held out: a bus carrying Iranian tourists from Tabriz to Yerevan for the Nowruz
# holidays goes off the icy road on the Meghri pass (Syunik); the dead and injured, the two
# accounts of the cause, the closed road to Iran, the detained driver, Tehran's, Yerevan's and
# Baku's reactions and the complaints about the ice. Written without looking at the concept
# lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the aligner (src/),
# so it measures the tool on text it was not tuned on. Keep it that way: do not rewrite these
# sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_R = {
    "r1": "On Sunday evening 22 March a bus carrying Iranian tourists from Tabriz to Yerevan went off the road on the descent from the Meghri pass in Syunik (az: 'Qərbi Zəngəzur') and rolled down a slope (en: shortly after seven, about 60 m; hy: around 19:10, about 50 m; fa: 18:40 Tehran time; ru: about 80 m)",
    "r2": "Seven people were killed (ru: at least six; fa: eight, one of the injured having died in hospital on Monday morning)",
    "r3": "About thirty people were injured, several of them seriously (en: 31; ru, tr: more than 30; az: 30; hy: 29; fa: 32, five in a serious condition; es: about thirty)",
    "r4": "On board were 43 passengers and two drivers, mostly families (from Tabriz) travelling for the Nowruz holidays (ru: about 50 people; az, tr: 45 people; fa: 44 passengers)",
    "r5": "Armenian investigators' (the police's) account: the driver lost control on an icy bend, going too fast (the Armenian account; en: probably; hy: preliminary; ru, az, tr, fa: doubted)",
    "r6": "Survivors' account: the bus's brakes failed on the descent (en, fa: the driver shouted to everyone to hold on)",
    "r7": "Rescuers of Armenia's emergency ministry worked through the night in snow to free passengers from the wreck, and the injured were taken to hospitals in Kapan and Meghri (en: about 70 rescuers; ru: about a hundred, hearsay)",
    "r8": "The most seriously injured were flown by helicopter to Yerevan on Monday morning (en, ru, fa: five; hy: four; tr: six)",
    "r9": "The road over the pass, Armenia's only road to Iran, was closed until Monday morning, leaving hundreds of lorries stranded (en: about 300; tr: about 400), and rescuers evacuated people from cars stuck in the snow (en: about 40; ru: several dozen; az: dozens)",
    "r10": "Armenia's Investigative Committee opened a criminal case (for breach of road safety rules) and the driver, an Iranian citizen injured in the crash, was detained in hospital",
    "r11": "Iran's consul general in Kapan visited the injured, and Iran's foreign ministry thanked Armenia for the rescue and asked for a thorough investigation (es, fa: and consular access to the driver, by the spokesman Kamran Heydarzadeh)",
    "r12": "On Monday Iranian Red Crescent ambulances crossed into Armenia at Agarak (Nordooz) to take the bodies and the lightly injured home to Tabriz",
    "r13": "Armenia's government offered its condolences to Iran and promised to pay for the treatment of the injured (fa: condolences only)",
    "r14": "Azerbaijan's foreign ministry offered its condolences to Iran (az, tr: to the 'brotherly' Iranian people)",
    "r15": "Lorry drivers and residents say the road over the pass had not been cleared of ice (hy: also the opposition, on the new road promised for years); the infrastructure ministry says it was gritted on Sunday afternoon (az, hy: doubted)",
    "r16": "Many (tens of thousands of) Iranians traditionally visit Armenia every spring for the Nowruz/March holidays, mostly by road (background)",
    "r17": "Iran and Georgia are Armenia's only land outlets, as its borders with Turkey and Azerbaijan remain closed (blockade) (background)",
    "r18": "The road over the Meghri pass is Armenia's only road link with Iran (background)",
}

ARTICLES_R = {
    "en-switchback-times.txt": {
        "header": " date 2026-03-23 (The Switchback Times)",
        "paragraphs": [
            [("Seven killed as bus carrying Iranian tourists plunges off Armenian mountain pass", ["r1", "r2"], [])],
            [
                ("A bus carrying Iranian holidaymakers to Yerevan skidded off an icy road on the Meghri pass in southern Armenia on Sunday evening and rolled about 60 metres down a slope, killing seven people and injuring 31, Armenian officials said.", ["r1", "r2", "r3"], [att("said")]),
                ("The crash happened shortly after seven o'clock on the descent towards the town of Meghri in Syunik province, which borders Iran.", ["r1"], []),
            ],
            [
                ("The bus, registered in Tabriz, was carrying 43 passengers and two drivers, most of them families travelling for the Nowruz holidays, according to Armenia's emergency ministry.", ["r4"], [att("according to")]),
                ("About 70 rescuers worked through the night in driving snow to cut survivors out of the wreck, and ambulances took the injured to hospitals in Kapan and Meghri.", ["r7"], []),
                ("Five of them, including two children, were flown to Yerevan by helicopter on Monday morning.", ["r8"], []),
            ],
            [
                ("Investigators said the driver had probably lost control on an icy bend while going too fast.", ["r5"], [att("said"), ("hedge", "uncertain", "probably")]),
                ("Several survivors told Iranian television that the brakes had failed on the way down and that the driver had shouted at everyone to hold on.", ["r6"], [att("told")]),
                ("Armenia's Investigative Committee opened a criminal case for breach of road safety rules and detained the driver, an Iranian citizen, in the hospital where he is being treated for a broken leg.", ["r10"], []),
            ],
            [
                ("The road over the pass, Armenia's only road link with Iran, stayed closed until Monday morning, leaving about 300 lorries stranded on both sides.", ["r9", "r18"], []),
                ("Rescuers also evacuated around 40 people from cars stuck in snowdrifts near the summit.", ["r9"], [mv("evacuation", "evacuated")]),
                ("Lorry drivers and residents of Meghri said the road had not been cleared of ice, while the infrastructure ministry insisted it had been gritted on Sunday afternoon.", ["r15"], [att("said"), att("insisted")]),
            ],
            [
                ("Iran's consul general in Kapan visited the injured on Monday, and the foreign ministry in Tehran thanked Armenia for the rescue while asking for a thorough investigation.", ["r11"], []),
                ("The Armenian government offered its condolences to Iran and said it would cover the cost of treating the injured.", ["r13"], [att("said")]),
            ],
            [
                ("Tens of thousands of Iranians visit Armenia every spring for Nowruz, most of them by road.", ["r16"], []),
                ("From the Aras valley the road climbs in tight hairpins to the pass, which is often closed by snow in winter.", [], []),
            ],
        ],
    },
    "es-correo-de-las-alturas.txt": {
        "header": " date 2026-03-23 (El Correo de las Alturas)",
        "paragraphs": [
            [("Siete muertos al despeñarse un autobús con turistas iraníes en un puerto de montaña de Armenia", ["r1", "r2"], [])],
            [
                ("Siete personas murieron y una treintena resultaron heridas el domingo por la tarde cuando un autobús que llevaba a turistas iraníes a Ereván se salió de la carretera en el puerto de Meghri, en el sur de Armenia, y cayó por una ladera.", ["r1", "r2", "r3"], []),
                ("El vehículo, que había salido de Tabriz por la mañana, transportaba a 43 pasajeros, en su mayoría familias que aprovechaban las vacaciones del Nouruz, y a dos conductores.", ["r4"], []),
            ],
            [
                ("Según la policía armenia, el conductor perdió el control en una curva cubierta de hielo, al parecer por exceso de velocidad.", ["r5"], [att("Según"), ("hedge", "hearsay", "al parecer")]),
                ("Algunos supervivientes aseguran, en cambio, que el autobús se quedó sin frenos en plena bajada.", ["r6"], [att("aseguran")]),
                ("Los equipos del Ministerio de Situaciones de Emergencia trabajaron toda la noche bajo la nieve para sacar a los heridos de entre los hierros y los trasladaron a los hospitales de Kapan y Meghri.", ["r7"], []),
                ("El Comité de Investigación abrió una causa penal, y el conductor, de nacionalidad iraní, fue detenido en el hospital donde se recupera de sus heridas.", ["r10"], [("agency", "agentless", "fue detenido")]),
            ],
            [
                ("El cónsul general de Irán en Kapan visitó el lunes a los heridos.", ["r11"], []),
                ("El portavoz de Exteriores iraní, Kamran Heydarzadeh, agradeció la ayuda de los rescatistas armenios, pero pidió una investigación «exhaustiva y transparente» y acceso consular al conductor.", ["r11"], [("scare-quote", "distancing", "«exhaustiva y transparente»")]),
                ("Ambulancias de la Media Luna Roja iraní cruzaron el lunes la frontera por Agarak para repatriar los cuerpos y a los heridos leves.", ["r12"], []),
                ("El Gobierno armenio expresó sus condolencias a Irán y se comprometió a costear el tratamiento de los heridos.", ["r13"], []),
            ],
            [
                ("Camioneros y vecinos de la zona acusan a las autoridades de no haber retirado el hielo de la calzada, algo que el Ministerio de Administración Territorial e Infraestructuras niega.", ["r15"], [att("acusan"), att("niega")]),
                ("El puerto de Meghri, a unos 2.500 metros de altitud, forma parte de la única carretera que une Armenia con Irán.", ["r18"], []),
                ("Irán y Georgia son las dos salidas terrestres de Armenia, cuyas fronteras con Turquía y Azerbaiyán siguen cerradas.", ["r17"], []),
            ],
        ],
    },
    "ru-yuzhnaya-magistral.txt": {
        "header": " date 2026-03-23 (Южная магистраль)",
        "paragraphs": [
            [("На Мегринском перевале разбился автобус с иранскими туристами, погибли не менее шести человек", ["r1", "r2"], [])],
            [
                ("В воскресенье вечером на Мегринском перевале в Сюникской области Армении автобус, который вёз иранских туристов в Ереван, сорвался с дороги и скатился по склону примерно на 80 метров.", ["r1"], []),
                ("По данным МЧС Армении, погибли не менее шести человек, более тридцати госпитализированы, некоторые из них в тяжёлом состоянии.", ["r2", "r3"], [att("По данным")]),
                ("В автобусе находились около 50 человек — в основном семьи из Тебриза, приехавшие в Армению на праздник Новруз.", ["r4"], []),
            ],
            [
                ("Спасатели, которых, как сообщается, было около сотни, всю ночь под снегопадом извлекали пострадавших из искорёженного салона.", ["r7"], [("hedge", "hearsay", "как сообщается")]),
                ("Раненых доставили в больницы Капана и Мегри, а утром пятерых пострадавших перевезли вертолётом в Ереван.", ["r7", "r8"], []),
            ],
            [
                ("Следственный комитет Армении возбудил уголовное дело о нарушении правил дорожного движения, водитель, гражданин Ирана, задержан.", ["r10"], [("agency", "agentless", "задержан")]),
                ("В Ереване утверждают, что водитель не справился с управлением на обледенелом повороте, превысив скорость.", ["r5"], [doubt("утверждают")]),
                ("Однако дальнобойщики, которые ездят через перевал каждый день, говорят, что в тот день дорогу никто не чистил и не посыпал.", ["r15"], [att("говорят")]),
            ],
            [
                ("Трасса, единственная автомобильная дорога из Армении в Иран, была перекрыта до утра понедельника, у подножия перевала скопились сотни грузовиков.", ["r9", "r18"], []),
                ("Спасатели эвакуировали несколько десятков человек из застрявших в сугробах легковых машин.", ["r9"], [mv("evacuation", "эвакуировали")]),
            ],
            [
                ("Генеральный консул Ирана в Капане навестил раненых в больнице, а МИД Ирана поблагодарил армянскую сторону за помощь и потребовал тщательного расследования.", ["r11"], []),
                ("Свои соболезнования Тегерану выразил и МИД Азербайджана.", ["r14"], []),
            ],
            [
                ("Напомним, что через Сюник должен пройти так называемый «маршрут Трампа», о прокладке которого лидеры Армении и Азербайджана договорились в Белом доме в августе 2025 года.", [], [("scare-quote", "marker", "так называемый"), ("scare-quote", "distancing", "«маршрут Трампа»")]),
                ("Иранские туристы традиционно составляют значительную часть гостей Армении в мартовские праздники.", ["r16"], []),
            ],
        ],
    },
    "az-meydan-xeberi.txt": {
        "header": " date 2026-03-23 (Meydan xəbəri)",
        "paragraphs": [
            [("Qərbi Zəngəzurda İran turistlərini daşıyan avtobus aşıb, 7 nəfər həlak olub", ["r1", "r2"], [("loaded", "az-frame", "Qərbi Zəngəzurda")])],
            [
                ("Azərbaycan Xarici İşlər Nazirliyi dünən axşam Qərbi Zəngəzurda baş vermiş yol qəzası ilə əlaqədar qardaş İran xalqına başsağlığı verib.", ["r14", "r1"], [("loaded", "az-frame", "Qərbi Zəngəzurda")]),
                ("Martın 22-də axşam saatlarında Mehri aşırımında Təbrizdən İrəvana turist aparan avtobus yoldan çıxaraq dərəyə aşıb.", ["r1"], []),
                ("Ermənistan Fövqəladə Hallar Nazirliyinin məlumatına görə, qəza nəticəsində 7 nəfər həlak olub, 30 nəfər xəsarət alıb.", ["r2", "r3"], [att("məlumatına görə")]),
                ("Avtobusda 45 nəfər olub, sərnişinlərin əksəriyyəti Novruz bayramı tətilini keçirmək üçün yola çıxan ailələr idi.", ["r4"], []),
            ],
            [
                ("Sağ qalan sərnişinlər İran mediasına bildiriblər ki, enişdə avtobusun əyləcləri işləməyib.", ["r6"], [att("bildiriblər")]),
                ("Erməni polisi isə qəzaya sürücünün buz bağlamış döngədə sürəti artırmasının səbəb olduğunu iddia edir.", ["r5"], [doubt("iddia edir")]),
                ("Ermənistanın İstintaq Komitəsi cinayət işi açıb, yaralı sürücü xəstəxanada həbs edilib.", ["r10"], [("agency", "agentless", "həbs edilib")]),
                ("Yerli sürücülər aşırımda yolun buzdan təmizlənmədiyini deyirlər, Ermənistanın Ərazi İdarəetməsi və İnfrastruktur Nazirliyi isə yolun bazar günü günortadan sonra qumlandığını iddia edir.", ["r15"], [att("deyirlər"), doubt("iddia edir")]),
            ],
            [
                ("Qəzadan sonra aşırımdan keçən yol bağlanıb, hər iki tərəfdə yüzlərlə yük maşını ilişib qalıb.", ["r9"], []),
                ("Xilasedicilər qar içində qalan minik avtomobillərindən onlarla insanı təxliyə ediblər.", ["r9"], [mv("evacuation", "təxliyə ediblər")]),
                ("İranın Qafandakı baş konsulu yaralılara baş çəkib, İran XİN isə hadisənin hərtərəfli araşdırılmasını tələb edib.", ["r11"], []),
            ],
            [
                ("Şübhəsiz, bu faciə Qərbi Zəngəzurdan keçən köhnə yolların nə qədər təhlükəli olduğunu bir daha göstərir.", [], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "Qərbi Zəngəzurdan")]),
                ("Xatırladaq ki, Zəngəzur dəhlizi Azərbaycanın əsas hissəsini Naxçıvan Muxtar Respublikası ilə birləşdirəcək.", [], [("loaded", "az-frame", "Zəngəzur dəhlizi")]),
            ],
        ],
    },
    "hy-lernashkhar.txt": {
        "header": " date 2026-03-23 (Լեռնաշխարհ)",
        "paragraphs": [
            [("Մեղրիի լեռնանցքում ավտոբուսի ողբերգությունից հետո վարորդները մեղադրում են ճանապարհային ծառայությանը", ["r1", "r15"], [att("մեղադրում են")])],
            [
                ("«Սա մահվան ճանապարհ է, ձմռանը այստեղ ոչ ոք աղ չի լցնում», — ասում է բեռնատարի վարորդ Արտակ Գրիգորյանը, որը կիրակի երեկոյան ականատես է եղել վթարին։", ["r15"], [att("ասում է")]),
                ("Ժամը 19:10-ի սահմաններում Թավրիզից Երևան ուղևորվող՝ իրանցի զբոսաշրջիկներով լի ավտոբուսը լեռնանցքից Մեղրի իջնելիս դուրս է եկել ճանապարհից և գլորվել մոտ 50 մետր խորությամբ ձորը։", ["r1"], []),
                ("ԱԻՆ հաղորդմամբ՝ զոհվել է 7 մարդ, վիրավորվել՝ 29-ը։", ["r2", "r3"], [att("հաղորդմամբ")]),
            ],
            [
                ("Ավտոբուսում եղել է 43 ուղևոր և երկու վարորդ, հիմնականում ընտանիքներ, որոնք Նովրուզի տոները եկել էին անցկացնելու Հայաստանում։", ["r4"], []),
                ("Փրկարարները ամբողջ գիշեր ձյան տակ տուժածներին հանել են ավտոբուսի բեկորներից և տեղափոխել Կապանի ու Մեղրիի հիվանդանոցներ։", ["r7"], []),
                ("Ծանր վիճակում գտնվող չորս վիրավոր երկուշաբթի առավոտյան ուղղաթիռով տեղափոխվել է Երևան։", ["r3", "r8"], []),
            ],
            [
                ("Նախնական տվյալներով՝ վարորդը սառցակալած ոլորանում չի հաշվարկել արագությունը և կորցրել է կառավարումը։", ["r5"], [("hedge", "uncertain", "Նախնական տվյալներով")]),
                ("Ողջ մնացած ուղևորներից մի քանիսը, սակայն, պատմում են, որ ավտոբուսի արգելակները լեռնալանջն իջնելիս հրաժարվել են։", ["r6"], [att("պատմում են")]),
                ("Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել, իսկ վարորդին՝ Իրանի քաղաքացուն, ձերբակալել է հիվանդանոցում։", ["r10"], []),
            ],
            [
                ("Տարածքային կառավարման և ենթակառուցվածքների նախարարությունը պնդում է, թե ճանապարհը կիրակի կեսօրից հետո մաքրվել և մշակվել է ավազաաղային խառնուրդով։", ["r15"], [doubt("պնդում է")]),
                ("Ընդդիմությունը հիշեցնում է, որ լեռնանցքը շրջանցող նոր ճանապարհի մասին խոստումները տարիներ շարունակ մնում են թղթի վրա։", ["r15"], [att("հիշեցնում է")]),
                ("Ճանապարհը փակ է մնացել մինչև երկուշաբթի առավոտ, և լեռնանցքի երկու կողմերում կուտակվել են հարյուրավոր բեռնատարներ։", ["r9"], []),
            ],
            [
                ("Կառավարությունը ցավակցություն է հայտնել Իրանին և հայտարարել, որ կհոգա վիրավորների բուժման ծախսերը։", ["r13"], [att("հայտարարել")]),
                ("Կապանում Իրանի գլխավոր հյուպատոսն այցելել է հիվանդանոցում գտնվող վիրավորներին։", ["r11"], []),
                ("Թուրքիայի և Ադրբեջանի կողմից երեսուն տարի շարունակվող շրջափակման պայմաններում Իրանի հետ սահմանը Վրաստանի հետ միասին Հայաստանի միակ ելքն է դեպի արտաքին աշխարհ։", ["r17"], [("loaded", "hy-frame", "շրջափակման")]),
            ],
        ],
    },
    "tr-dogu-ekspres.txt": {
        "header": " date 2026-03-23 (Doğu Ekspres)",
        "paragraphs": [
            [("Ermenistan'da İranlı turistleri taşıyan otobüs uçuruma yuvarlandı: 7 ölü", ["r1", "r2"], [])],
            [
                ("Ermenistan'ın güneyindeki Mehri geçidinde pazar akşamı İranlı turistleri Erivan'a götüren bir otobüs yoldan çıkarak uçuruma yuvarlandı.", ["r1"], []),
                ("Kazada 7 kişi hayatını kaybetti, 30'dan fazla kişi yaralandı.", ["r2", "r3"], []),
                ("Otobüste Nevruz tatili için Tebriz'den yola çıkan 45 kişi bulunuyordu.", ["r4"], []),
            ],
            [
                ("Ermeni polisi, sürücünün buzlu bir virajda aşırı hız nedeniyle direksiyon hâkimiyetini kaybettiğini iddia etti.", ["r5"], [doubt("iddia etti")]),
                ("Kazadan kurtulan bazı yolcular ise İran basınına otobüsün frenlerinin inişte tutmadığını anlattı.", ["r6"], [att("anlattı")]),
                ("Ermenistan Soruşturma Komitesi ceza soruşturması başlattı ve yaralı İranlı sürücüyü hastanede gözaltına aldı.", ["r10"], []),
                ("Yaralılardan durumu ağır olan altı kişi pazartesi sabahı helikopterle Erivan'a sevk edildi.", ["r3", "r8"], []),
            ],
            [
                ("Kaza nedeniyle Ermenistan'ı İran'a bağlayan tek kara yolu pazartesi sabahına kadar trafiğe kapalı kaldı, geçidin iki yakasında yaklaşık 400 tır mahsur kaldı.", ["r9", "r18"], []),
                ("Bölgedeki tır şoförleri, geçitteki yolun buzdan temizlenmediğinden yakınıyor.", ["r15"], [att("yakınıyor")]),
            ],
            [
                ("Azerbaycan Dışişleri Bakanlığı, kazada hayatını kaybedenler için kardeş İran halkına başsağlığı diledi.", ["r14"], []),
                ("İran'ın Kapan Başkonsolosu hastanede yaralıları ziyaret etti, Tahran ise kazanın tüm yönleriyle soruşturulmasını istedi.", ["r11"], []),
                ("İran Kızılayı'na ait ambulanslar pazartesi günü Agarak sınır kapısından Ermenistan'a geçerek cenazeleri ve hafif yaralıları Tebriz'e götürdü.", ["r12"], []),
            ],
            [
                ("Uzmanlar, Azerbaycan'ın Aras boyunca inşa ettiği Horadiz-Ağbend otoyolunun Zengezur koridoruyla birleştiğinde bölgede çok daha güvenli bir ulaşım sağlayacağını değerlendiriyor.", [], [att("değerlendiriyor"), ("loaded", "az-frame", "Zengezur koridoruyla")]),
            ],
        ],
    },
    "fa-nasim-e-aras.txt": {
        "header": " date 2026-03-23 (نسیم ارس)",
        "paragraphs": [
            [("شمار جان‌باختگان واژگونی اتوبوس گردشگران ایرانی در ارمنستان به هشت نفر رسید", ["r1", "r2"], [])],
            [
                ("به گفته سفارت ایران در ایروان، یکی از مجروحان حادثه اتوبوس گردشگران ایرانی در گردنه مغری صبح دوشنبه در بیمارستان جان باخت و شمار قربانیان به هشت نفر رسید.", ["r2", "r1"], [att("به گفته")]),
                ("این اتوبوس با ۴۴ مسافر صبح یکشنبه از تبریز به سوی ایروان حرکت کرده بود و بیشتر مسافرانش خانواده‌هایی بودند که برای گذراندن تعطیلات نوروز به ارمنستان می‌رفتند.", ["r4"], []),
                ("حادثه حدود ساعت ۱۸:۴۰ به وقت تهران در سراشیبی گردنه در استان سیونیک رخ داد و اتوبوس از جاده منحرف شد و به دره سقوط کرد.", ["r1"], []),
                ("در این حادثه ۳۲ نفر دیگر نیز زخمی شدند که حال پنج نفر از آنان وخیم است.", ["r3"], []),
            ],
            [
                ("مسافرانی که از حادثه جان سالم به در برده‌اند به خبرنگاران گفتند ترمزهای اتوبوس در سرازیری از کار افتاد و راننده فریاد می‌زد که همه محکم بگیرند.", ["r6"], [att("گفتند")]),
                ("پلیس ارمنستان اما مدعی است که راننده در پیچی یخ‌زده با سرعت زیاد کنترل خودرو را از دست داده است.", ["r5"], [doubt("مدعی است")]),
                ("راننده ایرانی که خود نیز مجروح شده، در بیمارستان بازداشت شده و کمیته تحقیق ارمنستان پرونده کیفری تشکیل داده است.", ["r10"], [("agency", "agentless", "بازداشت شده")]),
            ],
            [
                ("کامران حیدرزاده، سخنگوی وزارت امور خارجه، ضمن قدردانی از امدادگران ارمنی خواستار تحقیقات کامل و شفاف و دسترسی کنسولی به راننده شد.", ["r11"], []),
                ("سرکنسول ایران در کاپان نیز در بیمارستان از مجروحان عیادت کرد.", ["r11"], []),
                ("آمبولانس‌های جمعیت هلال احمر روز دوشنبه از گذرگاه مرزی نوردوز وارد ارمنستان شدند تا پیکر جان‌باختگان و مجروحان سرپایی را به تبریز بازگردانند.", ["r12"], []),
            ],
            [
                ("به گزارش رسانه‌های ارمنستان، امدادگران تمام شب زیر برف برای بیرون کشیدن مسافران از میان آهن‌پاره‌ها تلاش کردند و مجروحان را به بیمارستان‌های کاپان و مغری رساندند.", ["r7"], [att("به گزارش")]),
                ("صبح دوشنبه پنج مجروح بدحال با بالگرد به ایروان منتقل شدند.", ["r3", "r8"], []),
                ("دولت ارمنستان و وزارت امور خارجه جمهوری آذربایجان با ملت ایران ابراز همدردی کردند.", ["r13", "r14"], []),
                ("هر سال ده‌ها هزار گردشگر ایرانی تعطیلات نوروز را در ارمنستان می‌گذرانند و بیشترشان از راه زمینی سفر می‌کنند.", ["r16"], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (s), held out: a cyberattack paralyses the computer systems of Armenia's State Revenue
# Committee and halts customs clearance at every border crossing for more than a day, with
# lorries stranded at Bagratashen and Agarak; a group calling itself Legion 44 says it did it,
# leaks company data and asks for a ransom; Yerevan's security service points to servers linked
# to Azerbaijan's State Security Service, Baku calls this absurd, researchers point to pro-Russian
# groups and Moscow denies any part; Pashinyan speaks of a hybrid attack six weeks before the
# elections. Written without looking at the concept lexicon (glossaries/concepts.toml), the cue
# lexicons (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not
# tuned on. Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_S = {
    "s1": "Early on Tuesday 21 April a cyberattack paralysed the computer systems of Armenia's State Revenue Committee, halting customs clearance at all the country's border crossings (en: shortly after six; hy: at 05:50; ru: in the night)",
    "s2": "The customs systems were restored on Wednesday evening 22 April, after about 30 hours (en: 31 hours; es: a day and a half; ru: almost two days; az: more than a day; hy: about 36 hours; de: a good 30 hours)",
    "s3": "Hundreds of lorries were stranded at the Bagratashen crossing on the border with Georgia and at Agarak on the border with Iran (en: about 600 at Bagratashen and dozens at Agarak; es: more than 700 in all; ru: about a thousand; hy: 450 at Bagratashen and about 200 at Agarak; de: several hundred)",
    "s4": "On Tuesday evening customs officers switched to paper declarations and let lorries with fruit and vegetables from Iran through first",
    "s5": "A hacker group calling itself Legion 44 said on Telegram that it was behind the attack, in messages written in Azerbaijani and Russian",
    "s6": "The group put online what it said were customs declarations and tax data of about 3,000 Armenian companies (it: 3,500; hy: tens of thousands of documents); the committee says some are genuine but citizens' personal data were not reached",
    "s7": "The group demanded a ransom of 2 million dollars in cryptocurrency (ru: 3 million), and the government refused to pay",
    "s8": "Yerevan's account: Armenia's National Security Service says the attack came from servers used before by hacker groups linked to Azerbaijan's State Security Service (ru, az: doubted)",
    "s9": "Baku's account: Hikmet Hajiyev called the accusation absurd and said Yerevan was looking for an outside enemy to hide its own failures before the elections (hy: doubted)",
    "s10": "Independent cyber-security researchers pointed out that the malicious software had been used before by pro-Russian groups in attacks in Europe (ru: 'so-called' experts)",
    "s11": "Russia's foreign ministry spokeswoman Maria Zakharova denied any Russian part in the attack and called talk of a Russian trail Russophobic speculation",
    "s12": "Prime Minister Nikol Pashinyan called it a hybrid attack on the state (six weeks before the parliamentary elections of 7 June) and convened the Security Council (hy, it: ordered a check of all state computer systems)",
    "s13": "Armenia's Investigative Committee opened a criminal case",
    "s14": "An employee of a private IT company that maintains the committee's network was detained on suspicion of handing the attackers access passwords",
    "s15": "At Yerevan's request the European Union is sending a team of cyber-security experts (es: offered to send)",
    "s16": "Armenia's freight carriers put the losses at about 5 million dollars (es: about 4.5 million euros; hy: about 2 billion drams)",
    "s17": "Armenia holds parliamentary elections on 7 June (early June) (background)",
    "s18": "Armenia's borders with Turkey and Azerbaijan are closed, so its road links run through Georgia and Iran (background)",
}

ARTICLES_S = {
    "en-crossline-review.txt": {
        "header": " date 2026-04-23 (Crossline Review)",
        "paragraphs": [
            [("Cyberattack halts Armenian customs for more than a day, stranding hundreds of lorries", ["s1", "s2", "s3"], [])],
            [
                ("A cyberattack shortly after six o'clock on Tuesday morning knocked out the computer systems of Armenia's State Revenue Committee, halting customs clearance at every border crossing in the country.", ["s1"], []),
                ("Officials said the systems were back in service on Wednesday evening, 31 hours after the attack began.", ["s2"], [att("said")]),
                ("By then about 600 lorries were waiting at Bagratashen, on the border with Georgia, and dozens more at Agarak, the crossing into Iran.", ["s3"], []),
            ],
            [
                ("A group calling itself Legion 44 said on Telegram that it was behind the attack, posting messages in Azerbaijani and Russian.", ["s5"], [att("said")]),
                ("It also put online what it said were the customs declarations and tax records of about 3,000 Armenian companies.", ["s6"], [att("said")]),
                ("The committee confirmed that some of the documents were genuine but said the hackers had not reached the personal data of citizens.", ["s6"], [att("confirmed"), att("said")]),
                ("The group reportedly demanded a ransom of 2 million dollars in cryptocurrency, which the government refused to pay.", ["s7"], [("hedge", "hearsay", "reportedly")]),
            ],
            [
                ("Armenia's National Security Service said the attack had come from servers previously used by hacker groups linked to Azerbaijan's State Security Service.", ["s8"], [att("said")]),
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, dismissed the accusation as absurd and said Yerevan was looking for an outside enemy to hide its own failures before the election.", ["s9"], [att("dismissed"), att("said")]),
                ("Some independent researchers pointed out that the same malicious code had earlier been used by pro-Russian groups in attacks on European targets.", ["s10"], [att("pointed out")]),
            ],
            [
                ("Prime Minister Nikol Pashinyan called the incident a “hybrid attack” on the state and convened the Security Council on Wednesday.", ["s12"], [att("called"), ("scare-quote", "distancing", "“hybrid attack”")]),
                ("Armenians go to the polls in parliamentary elections on 7 June, and the government has warned for months of attempts to interfere in the vote.", ["s17"], [att("warned")]),
                ("The Investigative Committee opened a criminal case, and the National Security Service detained an employee of a private IT firm that maintains the committee's network on suspicion of handing over passwords.", ["s13", "s14"], []),
                ("At the government's request, the European Union is sending a team of cyber-security experts to Yerevan.", ["s15"], []),
            ],
            [
                ("Almost all of Armenia's foreign trade by road passes through Georgia and Iran, as its borders with Turkey and Azerbaijan remain closed.", ["s18"], []),
                ("Most of the lorries that cross at Bagratashen continue north to Russia through the Upper Lars pass.", [], []),
            ],
        ],
    },
    "es-voz-de-las-fronteras.txt": {
        "header": " date 2026-04-23 (La Voz de las Fronteras)",
        "paragraphs": [
            [("Un ciberataque paraliza las aduanas de Armenia y deja cientos de camiones varados en las fronteras", ["s1", "s3"], [])],
            [
                ("Cientos de camiones quedaron atrapados desde el martes en los pasos fronterizos de Armenia después de que un ciberataque dejara fuera de servicio los sistemas informáticos del Comité de Ingresos Estatales, que gestiona las aduanas.", ["s1", "s3"], []),
                ("Según los transportistas, el miércoles por la mañana había más de 700 vehículos pesados esperando entre Bagratashen, en la frontera con Georgia, y Agarak, en la frontera con Irán.", ["s3"], [att("Según")]),
                ("Los sistemas no volvieron a funcionar hasta el miércoles por la noche, día y medio después del ataque.", ["s2"], []),
            ],
            [
                ("Para que no se echara a perder la carga, los aduaneros recurrieron el martes por la tarde a las declaraciones en papel y dieron prioridad a los camiones de fruta y verdura procedentes de Irán.", ["s4"], []),
                ("La Unión de Transportistas de Armenia calcula las pérdidas en unos 4,5 millones de euros.", ["s16"], [att("calcula")]),
                ("Muchos conductores pasaron dos noches en sus cabinas sin poder avanzar un metro.", [], []),
            ],
            [
                ("Un grupo de piratas informáticos que se hace llamar Legión 44 se atribuyó el ataque en Telegram, con mensajes en azerí y en ruso.", ["s5"], []),
                ("El Servicio de Seguridad Nacional de Armenia sostiene que el ataque se lanzó desde servidores utilizados antes por grupos vinculados al Servicio de Seguridad del Estado de Azerbaiyán.", ["s8"], [att("sostiene")]),
                ("Desde Bakú, el asesor presidencial Hikmet Hajiyev calificó la acusación de «absurda» y acusó a Ereván de buscar un enemigo exterior para tapar sus propios fallos antes de las elecciones.", ["s9"], [att("calificó"), ("scare-quote", "distancing", "«absurda»"), att("acusó")]),
                ("El primer ministro, Nikol Pashinián, habló de un ataque híbrido contra el Estado a seis semanas de las legislativas del 7 de junio y convocó al Consejo de Seguridad.", ["s12", "s17"], [att("habló de")]),
            ],
            [
                ("La Unión Europea se ofreció a enviar expertos en ciberseguridad, y el Gobierno armenio aceptó la ayuda.", ["s15"], []),
                ("Por Bagratashen pasa la mayor parte de las exportaciones armenias con destino a Rusia.", [], []),
                ("El paso de Agarak, a orillas del río Aras, es la única conexión por carretera entre Armenia e Irán.", [], []),
            ],
        ],
    },
    "ru-golos-evrazii.txt": {
        "header": " date 2026-04-23 (Голос Евразии)",
        "paragraphs": [
            [("Ереван обвиняет Баку в кибератаке, а западные «эксперты» ищут русский след", ["s8", "s10"], [att("обвиняет"), ("scare-quote", "distancing", "«эксперты»")])],
            [
                ("В ночь на вторник хакеры вывели из строя информационные системы Комитета государственных доходов Армении, и таможенное оформление на всех пунктах пропуска страны остановилось.", ["s1"], []),
                ("Работу систем удалось восстановить лишь в среду вечером, спустя почти двое суток.", ["s2"], []),
                ("На КПП Баграташен на границе с Грузией и Агарак на границе с Ираном скопилось, по данным перевозчиков, около тысячи грузовиков.", ["s3"], [att("по данным")]),
            ],
            [
                ("Ответственность за атаку взяла на себя группировка «Легион 44», опубликовавшая в Telegram сообщения на азербайджанском и русском языках.", ["s5"], []),
                ("Хакеры, как сообщается, потребовали выкуп в размере 3 млн долларов в криптовалюте.", ["s7"], [("hedge", "hearsay", "как сообщается")]),
                ("В Службе национальной безопасности Армении утверждают, что атака велась с серверов, которые ранее использовали группировки, связанные со спецслужбами Азербайджана.", ["s8"], [doubt("утверждают")]),
                ("В Баку обвинения отвергли.", ["s9"], [att("отвергли")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев назвал их абсурдными и заявил, что Ереван ищет внешнего врага, чтобы скрыть собственные провалы накануне выборов.", ["s9"], [att("назвал"), att("заявил")]),
            ],
            [
                ("Премьер-министр Никол Пашинян поспешил увидеть в произошедшем «гибридную атаку» на армянское государство и созвал Совет безопасности.", ["s12"], [doubt("поспешил"), ("scare-quote", "distancing", "«гибридную атаку»")]),
                ("Западные СМИ тут же подхватили версию так называемых независимых экспертов, по словам которых ту же вредоносную программу прежде использовали пророссийские хакеры.", ["s10"], [("scare-quote", "marker", "так называемых"), att("по словам")]),
                ("Официальный представитель МИД России Мария Захарова заявила, что Москва не имеет к атаке никакого отношения, и назвала разговоры о российском следе русофобскими спекуляциями.", ["s11"], [att("заявила"), att("назвала")]),
                ("По подозрению в передаче хакерам паролей доступа задержан сотрудник частной IT-компании, обслуживающей сети комитета.", ["s14"], [("agency", "agentless", "задержан")]),
            ],
            [
                ("Напомним, что в 2024 году Армения заморозила своё участие в ОДКБ.", [], []),
                ("Выборы в парламент Армении пройдут 7 июня, и оппозиция уже обвиняет власти в том, что они используют тему внешних угроз в предвыборных целях.", ["s17"], [att("обвиняет")]),
            ],
        ],
    },
    "az-yeni-movqe.txt": {
        "header": " date 2026-04-23 (Yeni mövqe)",
        "paragraphs": [
            [("Hikmət Hacıyev: Ermənistanın kiberhücumla bağlı ittihamları absurddur", ["s9"], [])],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev Ermənistan tərəfinin Dövlət Gəlirlər Komitəsinə qarşı kiberhücumda Azərbaycanı günahlandırmasını absurd adlandırıb.", ["s9"], [att("adlandırıb")]),
                ("Onun sözlərinə görə, İrəvan seçkilər ərəfəsində öz uğursuzluqlarını gizlətmək üçün xarici düşmən axtarır.", ["s9"], [att("sözlərinə görə")]),
            ],
            [
                ("Aprelin 21-də səhər saatlarında baş verən kiberhücum Ermənistanın Dövlət Gəlirlər Komitəsinin informasiya sistemlərini sıradan çıxarıb və ölkənin bütün sərhəd keçid məntəqələrində gömrük rəsmiləşdirilməsi dayanıb.", ["s1"], []),
                ("Sistemlər yalnız çərşənbə günü axşam, bir gündən çox fasilədən sonra bərpa olunub.", ["s2"], []),
                ("Gürcüstanla sərhəddəki Baqrataşen və İranla sərhəddəki Aqarak keçid məntəqələrində yüzlərlə yük maşını ilişib qalıb.", ["s3"], []),
                ("Hücumun məsuliyyətini “Legion 44” adlı qrup Telegram kanalında öz üzərinə götürüb.", ["s5"], []),
            ],
            [
                ("Ermənistan Milli Təhlükəsizlik Xidməti isə hücumun Azərbaycanın Dövlət Təhlükəsizliyi Xidməti ilə əlaqəli qrupların əvvəllər istifadə etdiyi serverlərdən həyata keçirildiyini iddia edir.", ["s8"], [doubt("iddia edir")]),
                ("Paşinyan da hadisəni “hibrid hücum” adlandıraraq Təhlükəsizlik Şurasını təcili toplayıb.", ["s12"], [att("adlandıraraq"), ("scare-quote", "distancing", "“hibrid hücum”")]),
                ("Maraqlıdır ki, müstəqil kibertəhlükəsizlik mütəxəssisləri hücumda istifadə olunan zərərli proqramın əvvəllər Avropada rusiyapərəst qruplar tərəfindən tətbiq edildiyini bildiriblər.", ["s10"], [att("bildiriblər")]),
                ("Ermənistanın İstintaq Komitəsi cinayət işi başladıb.", ["s13"], []),
            ],
            [
                ("Şübhəsiz, rəsmi İrəvanın hər uğursuzluğu Azərbaycanın adına yazmaq cəhdləri sülh prosesinə xidmət etmir.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, Ermənistanda parlament seçkiləri iyunun 7-də keçiriləcək.", ["s17"], []),
                ("Qeyd edək ki, Azərbaycan ilə Ermənistan arasında diplomatik münasibətlər hələ qurulmayıb.", [], []),
            ],
        ],
    },
    "hy-chanaparh.txt": {
        "header": " date 2026-04-23 (Ճանապարհ)",
        "paragraphs": [
            [("Կիբեռհարձակումը կաթվածահար է արել Հայաստանի մաքսակետերը, հետքերը տանում են Ադրբեջան", ["s1", "s8"], [])],
            [
                ("Ապրիլի 21-ի առավոտյան՝ ժամը 05:50-ին, կիբեռհարձակումը շարքից հանել է Պետական եկամուտների կոմիտեի տեղեկատվական համակարգերը, և երկրի բոլոր սահմանային անցակետերում դադարել է մաքսային ձևակերպումը։", ["s1"], []),
                ("Համակարգերը վերագործարկվել են միայն չորեքշաբթի երեկոյան՝ շուրջ 36 ժամ անց։", ["s2"], []),
                ("Բագրատաշենի անցակետում կուտակվել էր շուրջ 450, իսկ Ագարակում՝ մոտ 200 բեռնատար։", ["s3"], []),
                ("Երեքշաբթի երեկոյան մաքսավորներն անցել են թղթային հայտարարագրերի և առաջին հերթին բաց են թողել Իրանից միրգ ու բանջարեղեն տեղափոխող բեռնատարները։", ["s4"], []),
            ],
            [
                ("ԱԱԾ հաղորդմամբ՝ հարձակումն իրականացվել է սերվերներից, որոնք նախկինում օգտագործել են Ադրբեջանի Պետական անվտանգության ծառայության հետ կապված հաքերային խմբերը։", ["s8"], [att("հաղորդմամբ")]),
                ("Պատասխանատվությունը ստանձնած «Լեգեոն 44» խմբի անունն ակնարկում է 2020 թվականի 44-օրյա պատերազմը, իսկ նրա հաղորդագրությունները Telegram-ում գրված են ադրբեջաներեն և ռուսերեն։", ["s5"], []),
                ("Հաքերները համացանցում տեղադրել են տասնյակ հազարավոր փաստաթղթեր, այդ թվում՝ ընկերությունների մաքսային հայտարարագրեր, և 2 միլիոն դոլար փրկագին են պահանջել կրիպտոարժույթով։", ["s6", "s7"], []),
                ("Կառավարությունը հրաժարվել է վճարել։", ["s7"], []),
            ],
            [
                ("Վարչապետ Նիկոլ Փաշինյանը Անվտանգության խորհրդի արտահերթ նիստում միջադեպը որակել է հիբրիդային հարձակում պետության դեմ և հանձնարարել ստուգել բոլոր պետական տեղեկատվական համակարգերը։", ["s12"], [att("որակել է")]),
                ("Քննչական կոմիտեն քրեական վարույթ է նախաձեռնել, իսկ ԱԱԾ-ն ձերբակալել է կոմիտեի ցանցը սպասարկող մասնավոր ընկերության աշխատակցի, որը կասկածվում է մուտքի գաղտնաբառերը հաքերներին փոխանցելու մեջ։", ["s13", "s14"], []),
                ("Բաքվում Հիքմեթ Հաջիևը մեղադրանքները որակել է «անհեթեթ» և պնդում է, թե Երևանն արտաքին թշնամի է փնտրում ընտրություններից առաջ։", ["s9"], [att("որակել է"), ("scare-quote", "distancing", "«անհեթեթ»"), doubt("պնդում է")]),
            ],
            [
                ("Բեռնափոխադրողների միության գնահատմամբ՝ վնասը կազմում է մոտ 2 միլիարդ դրամ։", ["s16"], [att("գնահատմամբ")]),
                ("Թուրքիայի և Ադրբեջանի շրջափակման պայմաններում Վրաստանի և Իրանի հետ սահմանները Հայաստանի համար կենսական նշանակություն ունեն։", ["s18"], [("loaded", "hy-frame", "շրջափակման")]),
                ("Խորհրդարանական ընտրությունները նշանակված են հունիսի 7-ին։", ["s17"], []),
            ],
        ],
    },
    "de-ostwind-zeitung.txt": {
        "header": " date 2026-04-23 (Ostwind-Zeitung)",
        "paragraphs": [
            [("Hackerangriff legt Armeniens Zoll lahm – Eriwan verdächtigt Baku", ["s1", "s8"], [att("verdächtigt")])],
            [
                ("Ein Cyberangriff hat am frühen Dienstagmorgen die Computersysteme des armenischen Staatlichen Einnahmenkomitees lahmgelegt und die Zollabfertigung an allen Grenzübergängen des Landes gestoppt.", ["s1"], []),
                ("Erst am Mittwochabend, nach gut 30 Stunden, liefen die Systeme wieder.", ["s2"], []),
                ("An den Übergängen Bagrataschen an der Grenze zu Georgien und Agarak an der Grenze zum Iran stauten sich mehrere hundert Lastwagen.", ["s3"], []),
            ],
            [
                ("Zu dem Angriff bekannte sich auf Telegram eine Gruppe namens Legion 44, die ihre Botschaften auf Aserbaidschanisch und Russisch verfasste.", ["s5"], []),
                ("Die Hacker sollen Zollerklärungen und Steuerdaten von rund 3000 Unternehmen ins Netz gestellt und zwei Millionen Dollar Lösegeld in Kryptowährung gefordert haben.", ["s6", "s7"], [("hedge", "hearsay", "sollen")]),
                ("Der Nationale Sicherheitsdienst Armeniens erklärte, der Angriff sei über Server gelaufen, die zuvor von Gruppen mit Verbindungen zum Staatlichen Sicherheitsdienst Aserbaidschans genutzt worden seien.", ["s8"], [att("erklärte")]),
                ("Hikmet Hadschijew, außenpolitischer Berater von Präsident Ilham Alijew, nannte die Vorwürfe absurd.", ["s9"], [att("nannte")]),
                ("Eriwan suche vor der Wahl nur einen äußeren Feind, um eigenes Versagen zu verdecken, fügte er hinzu.", ["s9"], [att("fügte")]),
            ],
            [
                ("Unabhängige IT-Sicherheitsforscher wiesen allerdings darauf hin, dass dieselbe Schadsoftware schon bei Angriffen prorussischer Gruppen in Europa eingesetzt worden war.", ["s10"], [att("wiesen")]),
                ("Russlands Außenamtssprecherin Maria Sacharowa bestritt jede Beteiligung Moskaus und sprach von russophoben Spekulationen.", ["s11"], [att("bestritt"), att("sprach")]),
            ],
            [
                ("Ein Mitarbeiter einer privaten IT-Firma, die das Netz des Komitees betreut, wurde festgenommen.", ["s14"], [("agency", "agentless", "wurde festgenommen")]),
                ("Er soll den Angreifern Zugangspasswörter überlassen haben.", ["s14"], [("hedge", "hearsay", "soll")]),
                ("Auf Bitten Eriwans schickt die EU ein Team von Fachleuten für Cybersicherheit.", ["s15"], []),
            ],
            [
                ("Die Grenzen Armeniens zur Türkei und zu Aserbaidschan sind seit den 1990er-Jahren geschlossen.", ["s18"], []),
                ("Anfang Juni wählt das Land ein neues Parlament.", ["s17"], []),
            ],
        ],
    },
    "it-gazzetta-del-transito.txt": {
        "header": " date 2026-04-23 (La Gazzetta del Transito)",
        "paragraphs": [
            [("Attacco informatico blocca le dogane armene, perdite per milioni", ["s1", "s16"], [])],
            [
                ("Per circa 30 ore, tra martedì mattina e mercoledì sera, le dogane armene sono rimaste ferme a causa di un attacco informatico contro i sistemi del Comitato delle entrate statali.", ["s1", "s2"], []),
                ("Ai valichi di Bagratashen, al confine con la Georgia, e di Agarak, al confine con l'Iran, si sono formate code di centinaia di camion.", ["s3"], []),
                ("Dalla sera di martedì i doganieri sono tornati alle dichiarazioni cartacee, lasciando passare per primi i carichi di frutta e verdura provenienti dall'Iran.", ["s4"], []),
                ("Secondo l'associazione degli autotrasportatori armeni, le perdite superano i 5 milioni di dollari.", ["s16"], [att("Secondo")]),
            ],
            [
                ("Gli hacker avrebbero messo online le dichiarazioni doganali e i dati fiscali di circa 3.500 imprese.", ["s6"], [("hedge", "hearsay", "avrebbero")]),
                ("Il Servizio di sicurezza nazionale dell'Armenia sostiene che l'attacco è partito da server già utilizzati da gruppi legati ai servizi di sicurezza azeri.", ["s8"], [att("sostiene")]),
                ("Baku respinge le accuse, che il consigliere presidenziale Hikmet Hajiyev ha definito assurde, e accusa Erevan di cercare un nemico esterno per nascondere i propri fallimenti in vista del voto.", ["s9"], [att("respinge"), att("definito"), att("accusa")]),
                ("Alcuni esperti indipendenti fanno notare, però, che il software malevolo era già stato impiegato da gruppi filorussi in attacchi contro obiettivi europei.", ["s10"], [att("fanno notare")]),
                ("La portavoce del ministero degli Esteri russo, Maria Zakharova, nega ogni coinvolgimento di Mosca e parla di «speculazioni russofobe».", ["s11"], [att("nega"), att("parla"), ("scare-quote", "distancing", "«speculazioni russofobe»")]),
            ],
            [
                ("Il premier Nikol Pashinyan ha parlato di un attacco ibrido contro lo Stato, a sei settimane dalle elezioni politiche del 7 giugno, e ha ordinato una verifica di tutti i sistemi informatici pubblici.", ["s12", "s17"], [att("parlato")]),
                ("L'Unione europea invierà a Erevan una squadra di esperti di sicurezza informatica.", ["s15"], []),
                ("Attraverso l'Armenia transitano anche i camion diretti dall'Iran verso la Georgia e la Russia.", [], []),
                ("Senza accesso ai porti turchi, l'Armenia continua a dipendere dagli scali georgiani di Poti e Batumi.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (t), held out: foot-and-mouth disease is found among cattle near Ijevan in Armenia's
# Tavush province; the province is quarantined, the infected herds culled and the cattle
# vaccinated; Russia (for the whole of Armenia), Georgia and Iran stop imports of Armenian
# animals and animal products, Azerbaijan tightens controls in Gazakh and Tovuz; Baku says
# Yerevan hid the outbreak for weeks, Yerevan that it reported it at once; farmers protest in
# Ijevan over compensation. Written without looking at the concept lexicon
# (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the aligner (src/), so it
# measures the tool on text it was not tuned on. Keep it that way: do not rewrite these
# sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_T = {
    "t1": "On Monday 2 March Armenia's Food Safety Inspection Body announced an outbreak of foot-and-mouth disease among cattle on farms near Ijevan in Tavush province, confirmed by its laboratory in Yerevan (en, fr, hy: serotype O)",
    "t2": "The number of sick animals (en, ka, uk: 46 cattle on three farms; hy: 46 cattle and 11 sheep; fr: about fifty; ru: about sixty; az: more than 200, by local sources)",
    "t3": "Tavush was put under quarantine for 30 days (uk, az: a month): movement of livestock banned, livestock markets closed, veterinary and police checkpoints disinfecting vehicles on the roads out of the province",
    "t4": "All the animals on the infected farms were culled and buried (en, fr, uk: about 320 cattle and sheep; hy: about 300; ru: more than 400, hearsay)",
    "t5": "The government promised to compensate the farmers at market value (en: within a month)",
    "t6": "Emergency vaccination of cattle in Tavush began on Wednesday 4 March (en: about 60,000 doses from the FAO; fr: from the FAO and the EuFMD; hy: 50,000 doses from the FAO; ru: European vaccines)",
    "t7": "Georgia suspended imports and transit of live animals, meat and dairy products from Armenia; lorries with cheese were turned back at the Sadakhlo crossing",
    "t8": "Russia's Rosselkhoznadzor banned imports of live animals, meat and dairy products from the whole of Armenia from Wednesday 4 March (ru, uk: calling it standard practice to protect Russian livestock)",
    "t9": "Armenia's economy ministry called the Russian ban disproportionate, the disease being confined to one province, and asked Moscow to limit it to Tavush (ru: doubted)",
    "t10": "Azerbaijan's Food Safety Agency tightened veterinary controls in the Gazakh and Tovuz districts bordering Tavush, closing livestock markets and vaccinating cattle in border villages",
    "t11": "Baku's account: Hikmet Hajiyev said Yerevan had hidden the outbreak for weeks (az: at least two) and put the neighbours' livestock at risk (hy: doubted)",
    "t12": "Yerevan's account: Armenia rejects the charge; the first sick cow was reported on 27 February and the World Organisation for Animal Health was notified within 24 hours of the laboratory result (az: doubted)",
    "t13": "Farmers protested outside the regional administration in Ijevan, demanding faster compensation (en: about 100; ru: several dozen; hy: about 200); the farmer Hovik Avetisyan says his cows were culled in one night with no word on payment",
    "t14": "Police detained a driver trying to take 18 cattle out of the quarantine zone in a lorry (ru: about twenty; fr: hearsay)",
    "t15": "Russia is the main market for Armenia's cheese and other dairy exports",
    "t16": "Iran stopped accepting live animals from Armenia at the Agarak crossing",
    "t17": "Armenian lorries/exports reach Russia by road through Georgia (the only route, given the blockade by Turkey and Azerbaijan) (background)",
}

ARTICLES_T = {
    "en-ridgeway-herald.txt": {
        "header": " date 2026-03-04 (The Ridgeway Herald)",
        "paragraphs": [
            [("Foot-and-mouth disease in Armenia's Tavush prompts Russian and Georgian import bans", ["t1", "t7", "t8"], [])],
            [
                ("Armenian authorities have placed the northern province of Tavush under quarantine for 30 days after an outbreak of foot-and-mouth disease was found among cattle near the town of Ijevan.", ["t1", "t3"], []),
                ("The Food Safety Inspection Body said on Monday that its laboratory in Yerevan had identified the virus, serotype O, in samples from three farms, where 46 cattle showed symptoms.", ["t1", "t2"], [att("said")]),
                ("About 320 cattle and sheep on those farms were culled and buried overnight.", ["t4"], []),
            ],
            [
                ("Livestock markets across the province are closed, and veterinary and police checkpoints on the roads out of Tavush are spraying the wheels of every vehicle with disinfectant.", ["t3"], []),
                ("Vaccination of all cattle in the province began on Wednesday with about 60,000 doses supplied by the UN Food and Agriculture Organization.", ["t6"], []),
                ("The government has promised to compensate farmers at market value within a month.", ["t5"], []),
                ("On Wednesday about 100 farmers gathered outside the regional administration in Ijevan to demand faster payment.", ["t13"], []),
                ("“They killed all forty of my cows in one night, and nobody can tell us when we will be paid,” said Hovik Avetisyan, who farms near Ijevan.", ["t13"], [att("said")]),
            ],
            [
                ("Russia's agricultural watchdog, Rosselkhoznadzor, banned imports of live animals, meat and dairy products from all of Armenia from Wednesday.", ["t8"], []),
                ("Russia buys most of Armenia's cheese exports, and producers in provinces untouched by the disease fear heavy losses.", ["t15"], []),
                ("Georgia, whose roads Armenian lorries use to reach Russia, also halted imports and transit of animals and animal products, and several lorries loaded with cheese were turned back at the Sadakhlo crossing on Tuesday.", ["t7", "t17"], []),
                ("Across the border, Azerbaijan closed livestock markets and began vaccinating cattle in its Gazakh and Tovuz districts, which border Tavush.", ["t10"], []),
            ],
            [
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, accused Yerevan of hiding the outbreak for weeks and putting its neighbours' herds at risk.", ["t11"], [att("accused")]),
                ("Armenian officials rejected the charge, saying the first sick cow was reported on 27 February and the World Organisation for Animal Health was notified within 24 hours of the laboratory result.", ["t12"], [att("rejected"), att("saying")]),
            ],
            [
                ("Foot-and-mouth disease rarely kills adult animals, but it spreads fast and can cut milk yields for months.", [], []),
                ("Tavush, a wooded province of dairy farms and orchards, runs along Armenia's border with Azerbaijan.", [], []),
            ],
        ],
    },
    "ru-kavkazskii-telegraf.txt": {
        "header": " date 2026-03-04 (Кавказский телеграф)",
        "paragraphs": [
            [("Россельхознадзор закрыл российский рынок для армянской животноводческой продукции из-за ящура", ["t8", "t1"], [])],
            [
                ("С 4 марта Россельхознадзор вводит временные ограничения на ввоз из Армении живых животных, мяса и молочной продукции.", ["t8"], []),
                ("Мера принята после того, как в Тавушской области Армении, недалеко от Иджевана, был выявлен очаг ящура.", ["t1"], []),
                ("В ведомстве подчеркнули, что речь идёт о стандартной практике защиты российского животноводства и ограничения будут сняты, как только ситуация стабилизируется.", ["t8"], [att("подчеркнули")]),
            ],
            [
                ("По данным армянских ветеринаров, заболевание подтверждено примерно у шестидесяти голов крупного рогатого скота.", ["t2"], [att("По данным")]),
                ("На заражённых фермах, как сообщается, уже забиты более 400 коров и овец.", ["t4"], [("hedge", "hearsay", "как сообщается")]),
                ("Тавуш закрыт на карантин на 30 дней, скотные рынки не работают, а на выездах из области дежурят ветеринары и полиция.", ["t3"], []),
                ("На одном из постов задержан водитель грузовика, пытавшийся вывезти из карантинной зоны около двадцати коров.", ["t14"], [("agency", "agentless", "задержан")]),
            ],
            [
                ("Вакцинацию скота в Тавуше в среду начали европейскими препаратами.", ["t6"], []),
                ("Федеральный центр охраны здоровья животных во Владимире, один из крупнейших производителей вакцин от ящура, запросов из Еревана не получал.", [], []),
                ("В Ереване запрет уже назвали «несоразмерным»: в министерстве экономики утверждают, что болезнь не вышла за пределы одной области, и просят ограничить меры Тавушем.", ["t9"], [att("назвали"), ("scare-quote", "distancing", "«несоразмерным»"), doubt("утверждают")]),
            ],
            [
                ("В Иджеване несколько десятков фермеров собрались у здания областной администрации с требованием ускорить выплату компенсаций.", ["t13"], []),
                ("По словам многих из них, о забое скота их даже не предупредили.", ["t13"], [att("По словам")]),
                ("Из Баку тем временем последовали обвинения: помощник президента Азербайджана Хикмет Гаджиев заявил, что Ереван несколько недель скрывал вспышку.", ["t11"], [att("заявил")]),
            ],
            [
                ("Россия остаётся главным рынком сбыта армянских сыров и другой молочной продукции.", ["t15"], []),
                ("Напомним, что в 2024 году Армения заморозила своё участие в ОДКБ.", [], []),
                ("Эксперты не исключают, что потери армянской экономики от запрета окажутся куда серьёзнее, чем от самой болезни.", [], [att("не исключают")]),
            ],
        ],
    },
    "az-qerb-qapisi.txt": {
        "header": " date 2026-03-04 (Qərb qapısı)",
        "paragraphs": [
            [("Hikmət Hacıyev: Ermənistan dabaq xəstəliyini həftələrlə gizlədib", ["t11"], [])],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev Ermənistanın Tavuş vilayətində aşkarlanan dabaq xəstəliyi ocağının rəsmi İrəvan tərəfindən ən azı iki həftə gizlədildiyini bildirib.", ["t11", "t1"], [att("bildirib")]),
                ("Onun sözlərinə görə, İrəvanın məsuliyyətsizliyi bütün regionun heyvandarlığını təhlükə altına qoyub.", ["t11"], [att("sözlərinə görə")]),
            ],
            [
                ("Ermənistanın Qida Təhlükəsizliyi Müfəttişliyi xəstəliyin İcevan yaxınlığındakı fermalarda martın 2-də təsdiqləndiyini açıqlayıb.", ["t1"], [att("açıqlayıb")]),
                ("Yerli mənbələrin məlumatına görə, xəstəlik 200-dən çox baş iribuynuzlu heyvanda aşkarlanıb.", ["t2"], [att("məlumatına görə")]),
                ("Erməni tərəfi isə ilk xəstə heyvanın fevralın 27-də qeydə alındığını və Ümumdünya Heyvan Sağlamlığı Təşkilatına 24 saat ərzində məlumat verildiyini iddia edir.", ["t12"], [doubt("iddia edir")]),
                ("Tavuş vilayətində bir aylıq karantin elan olunub.", ["t3"], []),
            ],
            [
                ("Azərbaycan Qida Təhlükəsizliyi Agentliyi Ermənistanla həmsərhəd Qazax və Tovuz rayonlarında baytarlıq nəzarətini gücləndirib.", ["t10"], []),
                ("Hər iki rayonda heyvan bazarları bağlanıb, sərhədyanı kəndlərdə iribuynuzlu mal-qara peyvənd olunur.", ["t10"], []),
                ("Agentliyin məlumatına görə, Azərbaycan ərazisində xəstəlik halı qeydə alınmayıb.", [], [att("məlumatına görə")]),
            ],
            [
                ("Qeyd edək ki, Rusiya, Gürcüstan və İran da Ermənistandan diri heyvan və heyvan mənşəli məhsulların idxalını dayandırıb.", ["t8", "t7", "t16"], []),
                ("Gürcüstan bu məhsulların öz ərazisindən tranzitinə də qadağa qoyub.", ["t7"], []),
                ("İran isə Mehri yaxınlığındakı Aqarak keçid məntəqəsində Ermənistandan gətirilən qoyun və mal-qaranı qəbul etməyi dayandırıb.", ["t16"], []),
            ],
            [
                ("Şübhəsiz, yoluxucu xəstəlik barədə məlumatı gizlətmək qonşu dövlətlərə qarşı məsuliyyətsiz addımdır.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, Qazax və Tovuz rayonları respublikanın əsas heyvandarlıq bölgələrindəndir.", [], []),
            ],
        ],
    },
    "hy-tavushyan-lraber.txt": {
        "header": " date 2026-03-05 (Տավուշյան լրաբեր)",
        "paragraphs": [
            [("Տավուշում դաբաղի բռնկում է հաստատվել, Իջևանում անասնապահները բողոքի ակցիա են անցկացրել", ["t1", "t13"], [])],
            [
                ("Մարտի 2-ին Սննդամթերքի անվտանգության տեսչական մարմինը հայտնել է, որ Իջևանի մերձակա երեք ֆերմայում հաստատվել է դաբաղի O սերոտիպի վիրուսը։", ["t1"], [att("հայտնել է")]),
                ("Հիվանդության նշաններ են հայտնաբերվել 46 խոշոր եղջերավոր կենդանու և 11 ոչխարի մոտ։", ["t2"], []),
                ("Տեսչական մարմնի ղեկավար Արսեն Մկրտչյանի խոսքով՝ առաջին հիվանդ կովի մասին ֆերմերը տեղեկացրել է փետրվարի 27-ին, իսկ լաբորատոր արդյունքից հետո 24 ժամվա ընթացքում տեղեկացվել է Կենդանիների առողջության համաշխարհային կազմակերպությունը։", ["t12"], [att("խոսքով")]),
            ],
            [
                ("Տավուշի մարզում 30 օրով կարանտին է հայտարարվել, արգելվել է անասունների տեղափոխումը, փակվել են անասնաշուկաները։", ["t3"], []),
                ("Վարակված ֆերմաներում մոտ 300 անասուն է ոչնչացվել ու թաղվել։", ["t4"], []),
                ("Կառավարությունը խոստացել է անասնապահներին փոխհատուցել շուկայական գնով։", ["t5"], []),
                ("Չորեքշաբթի մարզում սկսվել է խոշոր եղջերավոր անասունների պատվաստումը, որի համար ՄԱԿ-ի Պարենի և գյուղատնտեսության կազմակերպությունը տրամադրել է 50 հազար դեղաչափ պատվաստանյութ։", ["t6"], []),
            ],
            [
                ("Նույն օրը մոտ երկու հարյուր անասնապահ հավաքվել էր Իջևանում՝ մարզպետարանի շենքի մոտ, և պահանջում էր արագացնել փոխհատուցման վճարումը։", ["t13"], []),
                ("Անասնապահներից Հովիկ Ավետիսյանի խոսքով՝ իր 40 կովը ոչնչացրել են մեկ գիշերում, և ոչ ոք չի բացատրել, թե երբ կվճարեն։", ["t13"], [att("խոսքով")]),
                ("Ոստիկանությունը Իջևանի մոտ գտնվող անցակետում բերման է ենթարկել վարորդի, որը բեռնատարով փորձել է 18 կով դուրս հանել կարանտինային գոտուց։", ["t14"], []),
            ],
            [
                ("Ռոսսելխոզնադզորը չորեքշաբթիից արգելել է ամբողջ Հայաստանից կենդանիների, մսի և կաթնամթերքի ներմուծումը Ռուսաստան։", ["t8"], []),
                ("Էկոնոմիկայի նախարարությունը որոշումն անհամաչափ է որակել և Մոսկվային խնդրել է սահմանափակումը տարածել միայն Տավուշի վրա։", ["t9"], [att("որակել")]),
                ("Տավուշի պանրագործների համար Ռուսաստանը հիմնական շուկան է, և շատերը վախենում են, որ արգելքը կտևի ամիսներ։", ["t15"], []),
                ("Բաքվում Ալիևի օգնական Հիքմեթ Հաջիևը պնդում է, թե Երևանը շաբաթներ շարունակ թաքցրել է բռնկումը։", ["t11"], [doubt("պնդում է")]),
            ],
            [
                ("Թուրքիայի և Ադրբեջանի շրջափակման պայմաններում Վրաստանով անցնող ճանապարհը պանրագործների միակ ելքն է դեպի Ռուսաստան։", ["t17"], [("loaded", "hy-frame", "շրջափակման")]),
                ("Տավուշում անասնապահությունը սահմանամերձ գյուղերի բնակիչների եկամտի հիմնական աղբյուրն է։", [], []),
            ],
        ],
    },
    "ka-kvemo-kartlis-moambe.txt": {
        "header": " date 2026-03-04 (ქვემო ქართლის მოამბე)",
        "paragraphs": [
            [("საქართველომ სომხეთიდან ცხოველებისა და რძის პროდუქტების შემოტანა შეაჩერა", ["t7"], [])],
            [
                ("სურსათის ეროვნულმა სააგენტომ სამშაბათს სომხეთიდან ცოცხალი ცხოველების, ხორცისა და რძის პროდუქტების იმპორტი და ტრანზიტი შეაჩერა.", ["t7"], []),
                ("გადაწყვეტილება მიიღეს მას შემდეგ, რაც სომხეთის ტავუშის რეგიონში, იჯევანთან, თურქულის კერა გამოვლინდა.", ["t1"], []),
                ("სადახლოს გამშვებ პუნქტზე სამშაბათს ყველით დატვირთული რამდენიმე სატვირთო მანქანა უკან დააბრუნეს.", ["t7"], []),
            ],
            [
                ("სომხეთის სურსათის უვნებლობის ინსპექციის ინფორმაციით, დაავადება სამ ფერმაში 46 სულ მსხვილფეხა რქოსან პირუტყვს დაუდასტურდა.", ["t1", "t2"], [att("ინფორმაციით")]),
                ("ტავუშში 30-დღიანი კარანტინი გამოცხადდა და პირუტყვის გადაადგილება აიკრძალა.", ["t3"], []),
                ("ოთხშაბათს რეგიონში პირუტყვის ვაქცინაცია დაიწყო.", ["t6"], []),
                ("სომხური მხარის განცხადებით, პირველი დაავადებული ძროხა 27 თებერვალს დაფიქსირდა და ცხოველთა ჯანმრთელობის მსოფლიო ორგანიზაციას დროულად ეცნობა.", ["t12"], [att("განცხადებით")]),
                ("ჰიქმეთ ჰაჯიევი კი ერევანს ადანაშაულებს, რომ დაავადების შესახებ ინფორმაციას რამდენიმე კვირის განმავლობაში მალავდა.", ["t11"], [att("ადანაშაულებს")]),
            ],
            [
                ("აზერბაიჯანმა ტავუშის მოსაზღვრე ყაზახისა და თოვუზის რაიონებში პირუტყვის ბაზრები დახურა.", ["t10"], []),
                ("რუსეთმა ოთხშაბათიდან სომხური ხორცისა და რძის პროდუქტების შემოტანა აკრძალა, ირანმა კი სომხეთიდან ცოცხალი პირუტყვის მიღება შეწყვიტა.", ["t8", "t16"], []),
            ],
            [
                ("ქვემო ქართლის ფერმერები შიშობენ, რომ დაავადება საზღვარს გადმოკვეთს.", [], []),
                ("სურსათის ეროვნული სააგენტოს ცნობით, საქართველოში თურქულის შემთხვევა ჯერჯერობით არ დაფიქსირებულა.", [], [att("ცნობით")]),
                ("ქვემო ქართლის სოფლებში მეცხოველეობა მოსახლეობის შემოსავლის მთავარი წყაროა.", [], []),
            ],
        ],
    },
    "fr-echo-des-paturages.txt": {
        "header": " date 2026-03-05 (L'Écho des pâturages)",
        "paragraphs": [
            [("Fièvre aphteuse en Arménie : la Russie, la Géorgie et l'Iran ferment leurs portes au bétail arménien", ["t1", "t7", "t8", "t16"], [])],
            [
                ("Un foyer de fièvre aphteuse a été détecté lundi dans trois exploitations bovines proches d'Idjevan, dans la province de Tavush, au nord-est du pays, a annoncé l'Inspection arménienne de la sécurité alimentaire.", ["t1"], [att("a annoncé")]),
                ("Le laboratoire de l'Inspection, à Erevan, a identifié le sérotype O du virus.", ["t1"], []),
                ("Une cinquantaine de bovins présentaient des lésions caractéristiques dans la bouche et sur les sabots.", ["t2"], []),
            ],
            [
                ("Tous les animaux des trois exploitations, environ 320 bovins et ovins, ont été abattus et enfouis dans la nuit de lundi à mardi.", ["t4"], []),
                ("La province est placée en quarantaine pour trente jours, et des postes de désinfection ont été installés à toutes ses sorties.", ["t3"], []),
                ("La vaccination d'urgence des bovins a commencé mercredi avec quelque 60 000 doses fournies par la FAO et la Commission européenne de lutte contre la fièvre aphteuse (EuFMD).", ["t6"], []),
                ("Un chauffeur qui tentait de faire sortir dix-huit vaches de la zone en camion aurait été interpellé mardi.", ["t14"], [("hedge", "hearsay", "aurait"), ("agency", "agentless", "interpellé")]),
            ],
            [
                ("La réponse des voisins a été immédiate.", [], []),
                ("Moscou a interdit à partir de mercredi toute importation d'animaux vivants, de viande et de produits laitiers arméniens, et la Géorgie a suspendu les importations comme le transit.", ["t8", "t7"], []),
                ("L'Iran a cessé d'accepter le bétail arménien au poste frontière d'Agarak.", ["t16"], []),
                ("En Azerbaïdjan, les marchés aux bestiaux des districts de Gazakh et de Tovuz, frontaliers du Tavush, ont été fermés.", ["t10"], []),
                ("À Erevan, le ministère de l'Économie juge l'embargo russe disproportionné, puisque la maladie ne touche qu'une province, et demande à Moscou de le limiter au Tavush.", ["t9"], [att("juge")]),
            ],
            [
                ("Selon l'Inspection, la première vache malade a été signalée le 27 février et l'Organisation mondiale de la santé animale a été prévenue dans les vingt-quatre heures suivant le résultat du laboratoire.", ["t12"], [att("Selon")]),
                ("Des vétérinaires européens craignent toutefois que le virus ait pu circuler plusieurs semaines avant d'être détecté.", [], [("hedge", "uncertain", "ait pu")]),
                ("En 2025, des foyers de fièvre aphteuse en Hongrie et en Slovaquie avaient déjà conduit à la fermeture de plusieurs frontières européennes au bétail.", [], []),
            ],
        ],
    },
    "uk-chornomorskyi-ohliadach.txt": {
        "header": " date 2026-03-05 (Чорноморський оглядач)",
        "paragraphs": [
            [("Ящур як привід: Москва закрила свій ринок для всієї вірменської продукції тваринництва", ["t8"], [])],
            [
                ("Россільгоспнагляд із середи заборонив ввезення з Вірменії живих тварин, м'яса та молочної продукції, хоча спалах ящуру виявили лише в одній області — Тавушській.", ["t8", "t1"], []),
                ("У понеділок вірменська Інспекція з безпеки харчових продуктів повідомила, що хворобу підтвердили в 46 голів великої рогатої худоби на трьох фермах поблизу Іджевана.", ["t1", "t2"], [att("повідомила")]),
                ("Усіх тварин на цих фермах, близько 320 корів та овець, знищили.", ["t4"], []),
            ],
            [
                ("Тавуш закрили на місячний карантин, а в середу там почали вакцинацію худоби.", ["t3", "t6"], []),
                ("Уряд пообіцяв фермерам компенсацію за ринковою ціною.", ["t5"], []),
                ("Міністерство економіки Вірменії назвало російську заборону непропорційною і попросило Москву обмежити її Тавушем.", ["t9"], [att("назвало")]),
                ("Грузія також призупинила ввезення й транзит тварин і тваринницької продукції з Вірменії.", ["t7"], []),
            ],
            [
                ("Для вірменських сироварів це болючий удар, адже саме Росія купує більшу частину їхнього експорту.", ["t15"], []),
                ("У Москві заборону називають «стандартною практикою», але Кремль не вперше використовує санітарні заборони як інструмент тиску.", ["t8"], [att("називають"), ("scare-quote", "distancing", "«стандартною практикою»")]),
                ("У 2006 році під подібними приводами з російського ринку витіснили грузинське вино й мінеральну воду «Боржомі», а згодом і молдовське вино.", [], []),
                ("Останніми роками Москва дедалі відвертіше демонструє невдоволення зближенням Єревана з Євросоюзом.", [], []),
            ],
            [
                ("Тим часом радник президента Азербайджану Хікмет Гаджиєв звинуватив Єреван у тому, що той тижнями приховував спалах.", ["t11"], [att("звинуватив")]),
                ("Вірменська сторона ці звинувачення відкидає.", ["t12"], [att("відкидає")]),
                ("Ймовірно, вірменським виробникам доведеться шукати нові ринки в Європі та на Близькому Сході.", [], [("hedge", "uncertain", "Ймовірно")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (u), held out: Armenia's household gas price rises by about 19% from 1 November after
# Gazprom raises the price of Russian gas at the border; a new movement, Warm Home, rallies
# thousands in Yerevan's Republic Square and part of the crowd clashes with police on the way to
# the parliament (injured, detentions, each side blaming the other); Pashinyan promises help for
# poor families and speaks of political pressure from Moscow, the Kremlin of a commercial matter;
# Baku offers to sell gas through Georgia, Georgia's gas transport company says the pipeline
# could carry it, Yerevan will study any offer and talks to Tehran. Written without looking at
# the concept lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the
# aligner (src/), so it measures the tool on text it was not tuned on. Keep it that way: do not
# rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_U = {
    "u1": "On Sunday 1 November Armenia's household gas price rose from 139 to 165 drams per cubic metre, about 19%, under a decision of the Public Services Regulatory Commission (ru: by 26 drams; az, it: almost 20%)",
    "u2": "The rise follows Gazprom's increase in the price of Russian gas at Armenia's border from 165 to 210 dollars per 1,000 cubic metres; its subsidiary Gazprom Armenia asked for the new tariff",
    "u3": "On Monday evening 2 November thousands rallied in Republic Square in Yerevan against the rise (en, es: about 4,000 by the police, more than 15,000 by the organisers; ru: about 6,000; az: a few thousand; hy: about 4,000; ka: thousands; it: about 10,000, by the organisers)",
    "u4": "The rally was called by a new civic movement, Warm Home, led by Gevorg Sahakyan, which demands that the rise be cancelled (es: and Gazprom Armenia's accounts audited)",
    "u5": "Late in the evening part of the crowd marched along Baghramyan Avenue towards the parliament; the police blocked the way, scuffles broke out and the police used pepper spray and stun grenades",
    "u6": "The police's account: the interior ministry says the protesters threw stones and bottles and tried to break through the cordon first (ru: doubted)",
    "u7": "The organisers' account: Sahakyan says the police attacked a peaceful march without warning (hy: doubted)",
    "u8": "People were injured in the clashes (en, az: 27, 11 of them police officers, by the health ministry; es: about thirty; ru: about 50, by the organisers; it: about thirty, eleven police officers, hearsay)",
    "u9": "The police detained protesters (en, es, hy: 58; ru: more than 80; az: nearly 60; ka: dozens; it: about sixty, hearsay), most of them released by Tuesday morning (hy: three prosecuted for violence against police officers)",
    "u10": "Pashinyan announced that the state will pay the difference for about 120,000 low-income families through the winter (ru: about 100,000)",
    "u11": "Yerevan's account: Pashinyan called Gazprom's price rise political pressure from Moscow over Armenia's rapprochement with the European Union (ru: doubted; az: in quotes)",
    "u12": "Moscow's account: Kremlin spokesman Dmitry Peskov said the price was a purely commercial matter (en, ru: Armenia still pays less than most of Gazprom's customers; hy: doubted)",
    "u13": "Hikmet Hajiyev said Azerbaijan was ready to sell gas to Armenia through Georgia on commercial terms if Yerevan asked (az: energy cooperation as part of the peace process)",
    "u14": "Georgia's Gas Transportation Company said the pipeline to Armenia near Sadakhlo could carry Azerbaijani gas after a few weeks of work",
    "u15": "Deputy Prime Minister Mher Grigoryan said the government would study any offer (on commercial terms) and was in talks with Tehran on more Iranian gas in exchange for electricity",
    "u16": "The organisers called a new rally for Saturday 7 November",
    "u17": "The EU delegation in Yerevan called on all sides for restraint and for an investigation of the use of force",
    "u18": "Russian gas reaches Armenia through a (single) pipeline crossing Georgia (background)",
    "u19": "Armenia gets most of its gas from Russia and the rest only from Iran (in exchange for electricity) (background)",
    "u20": "Armenia's borders with Turkey and Azerbaijan are closed (blockade) (background)",
}

ARTICLES_U = {
    "en-piedmont-sentinel.txt": {
        "header": " date 2026-11-03 (The Piedmont Sentinel)",
        "paragraphs": [
            [("Thousands protest in Yerevan over gas price rise, scuffles with police at parliament", ["u3", "u5"], [])],
            [
                ("Thousands of people rallied in Yerevan's Republic Square on Monday evening against a rise in the price of household gas, and the protest ended in scuffles with police outside the parliament.", ["u3", "u5"], []),
                ("Police said about 4,000 people took part, while the organisers spoke of more than 15,000.", ["u3"], [att("said"), att("spoke of")]),
                ("The price rose on Sunday from 139 to 165 drams per cubic metre, an increase of about 19%, under a decision by Armenia's Public Services Regulatory Commission.", ["u1"], []),
                ("The commission acted on a request from Gazprom Armenia, the Russian-owned company that distributes gas in the country, whose parent had raised the price of gas delivered to Armenia's border from 165 to 210 dollars per 1,000 cubic metres.", ["u2"], []),
            ],
            [
                ("The rally was called by Warm Home, a movement formed only last month, which demands that the rise be scrapped.", ["u4"], []),
                ("Late in the evening several hundred protesters marched along Baghramyan Avenue towards the parliament, where police blocked their way and used pepper spray and stun grenades.", ["u5"], []),
                ("The interior ministry said protesters had thrown stones and bottles and tried to break through the cordon.", ["u6"], [att("said")]),
                ("“They attacked a peaceful march without any warning,” said Gevorg Sahakyan, the movement's leader.", ["u7"], [att("said")]),
                ("According to the health ministry, 27 people were injured, 11 of them police officers.", ["u8"], [att("According to"), ("agency", "agentless", "were injured")]),
                ("Police detained 58 people, most of whom were released by Tuesday morning.", ["u9"], []),
            ],
            [
                ("Prime Minister Nikol Pashinyan called Gazprom's move political pressure on Armenia over its rapprochement with the European Union.", ["u11"], [att("called")]),
                ("In Moscow, Kremlin spokesman Dmitry Peskov said the price was “a purely commercial matter” and that Armenia still paid less for its gas than most of Gazprom's customers.", ["u12"], [att("said"), ("scare-quote", "distancing", "“a purely commercial matter”")]),
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, said Azerbaijan was ready to sell gas to Armenia through Georgia on commercial terms if Yerevan asked.", ["u13"], [att("said")]),
            ],
            [
                ("Warm Home has called another rally for Saturday.", ["u16"], []),
                ("Armenia buys most of its gas from Russia through a pipeline that crosses Georgia, and a smaller amount from Iran in exchange for electricity.", ["u18", "u19"], []),
                ("Households in Yerevan rely on gas for both heating and cooking, and the heating season began in mid-October.", [], []),
            ],
        ],
    },
    "es-farol-de-levante.txt": {
        "header": " date 2026-11-03 (El Farol de Levante)",
        "paragraphs": [
            [("Miles de armenios protestan contra la subida del gas y Bakú se ofrece como proveedor", ["u3", "u13"], [])],
            [
                ("Miles de personas se concentraron el lunes por la noche en la plaza de la República de Ereván para exigir que se anule la subida del precio del gas doméstico, en vigor desde el domingo.", ["u3", "u1"], []),
                ("La Comisión Reguladora de Servicios Públicos había aprobado un aumento de casi el 19 %, de 139 a 165 dram por metro cúbico.", ["u1"], []),
                ("Según la policía, acudieron unas 4.000 personas; los organizadores, del movimiento Hogar Cálido, hablan de más de 15.000.", ["u3", "u4"], [att("Según"), att("hablan de")]),
                ("El movimiento, surgido hace apenas un mes y encabezado por Gevorg Sahakián, reclama además una auditoría de las cuentas de Gazprom Armenia, la filial local del gigante ruso.", ["u4"], []),
            ],
            [
                ("Ya de noche, varios cientos de manifestantes marcharon por la avenida Baghramián hacia el Parlamento, donde la policía les cerró el paso con gas pimienta y granadas aturdidoras.", ["u5"], []),
                ("Sahakián acusó a los agentes de cargar sin previo aviso contra una marcha pacífica.", ["u7"], [att("acusó")]),
                ("Una treintena de personas resultaron heridas, entre ellas varios policías, y 58 manifestantes fueron detenidos, aunque la mayoría quedó en libertad de madrugada.", ["u8", "u9"], [("agency", "agentless", "resultaron heridas"), ("agency", "agentless", "fueron detenidos")]),
                ("La delegación de la Unión Europea en Ereván pidió contención a todas las partes y una investigación sobre el uso de la fuerza.", ["u17"], []),
            ],
            [
                ("El primer ministro, Nikol Pashinián, anunció que el Estado pagará la diferencia durante el invierno a unas 120.000 familias con pocos recursos.", ["u10"], [att("anunció")]),
                ("Pashinián atribuye la subida a la presión política de Moscú por el acercamiento de Armenia a la Unión Europea.", ["u11"], [att("atribuye")]),
                ("El portavoz del Kremlin, Dmitri Peskov, replicó que se trata de una cuestión «puramente comercial».", ["u12"], [att("replicó"), ("scare-quote", "distancing", "«puramente comercial»")]),
                ("Desde Bakú, el asesor presidencial Hikmet Hajiyev aseguró que Azerbaiyán está dispuesto a vender gas a Armenia a través de Georgia en condiciones comerciales si Ereván lo solicita.", ["u13"], [att("aseguró")]),
                ("El viceprimer ministro Mher Grigorián respondió que el Gobierno estudiará cualquier oferta y que negocia con Teherán un aumento de los suministros de gas iraní a cambio de electricidad.", ["u15"], [att("respondió")]),
            ],
            [
                ("Armenia importa de Rusia la mayor parte del gas que consume, a través de un gasoducto que atraviesa Georgia.", ["u18", "u19"], []),
                ("Las fronteras del país con Turquía y Azerbaiyán permanecen cerradas desde los años noventa.", ["u20"], []),
            ],
        ],
    },
    "ru-severnaya-zvezda.txt": {
        "header": " date 2026-11-03 (Северная звезда)",
        "paragraphs": [
            [("Ереван ищет виноватых в Москве, пока армяне выходят на улицы из-за цен на газ", ["u11", "u3"], [])],
            [
                ("В понедельник вечером на площади Республики в Ереване прошёл многотысячный митинг против повышения цен на газ для населения.", ["u3"], []),
                ("По оценкам журналистов, на площадь вышли около шести тысяч человек.", ["u3"], [att("По оценкам")]),
                ("С 1 ноября кубометр газа для населения подорожал на 26 драмов, до 165 драмов, — такое решение приняла Комиссия по регулированию общественных услуг Армении.", ["u1"], []),
                ("В «Газпром Армения» объясняют, что компания была вынуждена запросить новый тариф после того, как цена российского газа на армянской границе выросла до 210 долларов за тысячу кубометров.", ["u2"], [att("объясняют")]),
            ],
            [
                ("Акцию организовало новое движение «Тёплый дом» во главе с Геворгом Саакяном, которое требует отменить повышение.", ["u4"], []),
                ("Поздно вечером несколько сотен человек двинулись по проспекту Баграмяна к парламенту, где полиция применила перцовый газ и светошумовые гранаты.", ["u5"], []),
                ("В МВД Армении утверждают, что демонстранты первыми начали бросать в полицейских камни и бутылки.", ["u6"], [doubt("утверждают")]),
                ("Саакян же заявил, что полиция без предупреждения напала на мирное шествие.", ["u7"], [att("заявил")]),
                ("По данным организаторов, ранены около 50 человек, задержаны более 80, большинство из них к утру отпустили.", ["u8", "u9"], [att("По данным"), ("agency", "agentless", "ранены"), ("agency", "agentless", "задержаны")]),
            ],
            [
                ("Премьер-министр Никол Пашинян поспешил увидеть в повышении цены «политическое давление» Москвы, недовольной сближением Еревана с Евросоюзом.", ["u11"], [doubt("поспешил"), ("scare-quote", "distancing", "«политическое давление»")]),
                ("В Кремле такие обвинения отвергают: пресс-секретарь президента России Дмитрий Песков заявил, что речь идёт о чисто коммерческом вопросе, а Армения по-прежнему платит за газ меньше большинства клиентов «Газпрома».", ["u12"], [att("отвергают"), att("заявил")]),
                ("Пашинян также пообещал, что государство возьмёт на себя разницу в цене для примерно 100 тысяч малообеспеченных семей.", ["u10"], []),
            ],
            [
                ("Движение «Тёплый дом» объявило о новом митинге в субботу.", ["u16"], []),
                ("Напомним, что российский газ поступает в Армению по единственному газопроводу, проходящему через территорию Грузии.", ["u18"], []),
                ("Эксперты не исключают, что без российского газа армянским семьям пришлось бы платить вдвое больше.", [], [att("не исключают")]),
            ],
        ],
    },
    "az-dovran.txt": {
        "header": " date 2026-11-03 (Dövran)",
        "paragraphs": [
            [("Hikmət Hacıyev: Azərbaycan Ermənistana qaz satmağa hazırdır", ["u13"], [])],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, İrəvan müraciət etsə, Azərbaycan Gürcüstan ərazisi vasitəsilə Ermənistana kommersiya şərtləri ilə qaz sata bilər.", ["u13"], [att("bildirib")]),
                ("Onun sözlərinə görə, regionda enerji əməkdaşlığı sülh prosesinin ayrılmaz hissəsidir.", ["u13"], [att("sözlərinə görə")]),
                ("Gürcüstan Qaz Nəqliyyatı Şirkəti isə Gürcüstan ərazisindən Ermənistana gedən qaz kəmərinin bir neçə həftəlik işdən sonra Azərbaycan qazını da nəql edə biləcəyini açıqlayıb.", ["u14"], [att("açıqlayıb")]),
            ],
            [
                ("Noyabrın 1-dən Ermənistanda əhali üçün qazın qiyməti təxminən 20 faiz artaraq kubmetr üçün 165 drama çatıb.", ["u1"], []),
                ("Qiymət artımı Rusiyanın “Qazprom” şirkətinin Ermənistan sərhədində qazın min kubmetrinin qiymətini 210 dollara qaldırmasından sonra baş verib.", ["u2"], []),
                ("Bazar ertəsi axşam İrəvanın Respublika meydanında bir neçə min nəfər qiymət artımına etiraz edib.", ["u3"], []),
                ("Parlament binası qarşısında polislə toqquşmalarda 27 nəfər yaralanıb, polis 60-a yaxın etirazçını saxlayıb.", ["u5", "u8", "u9"], [("agency", "agentless", "yaralanıb")]),
            ],
            [
                ("Paşinyan qiymət artımını Ermənistanın Avropa İttifaqı ilə yaxınlaşmasına görə Moskvanın “siyasi təzyiqi” adlandırıb.", ["u11"], [att("adlandırıb"), ("scare-quote", "distancing", "“siyasi təzyiqi”")]),
                ("Baş nazirin müavini Mher Qriqoryan isə hökumətin kommersiya şərtləri ilə istənilən təklifi öyrənəcəyini bildirib.", ["u15"], [att("bildirib")]),
                ("Qriqoryan həmçinin İranla qazın elektrik enerjisinə dəyişdirilməsi sxemi üzrə tədarükün artırılması barədə danışıqlar aparıldığını qeyd edib.", ["u15"], [att("qeyd edib")]),
            ],
            [
                ("Şübhəsiz, Ermənistanın enerji asılılığı regionda sülhün və əməkdaşlığın alternativi olmadığını bir daha göstərir.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, Azərbaycan qazı Cənubi Qafqaz boru kəməri ilə Gürcüstan ərazisindən keçərək Türkiyəyə və Avropaya nəql olunur.", [], []),
                ("Qeyd edək ki, Ermənistan qazın böyük hissəsini Rusiyadan, az bir hissəsini isə İrandan alır.", ["u19"], []),
            ],
        ],
    },
    "hy-mayrakaghak.txt": {
        "header": " date 2026-11-03 (Մայրաքաղաք)",
        "paragraphs": [
            [("Կառավարությունը կփոխհատուցի գազի թանկացումը խոցելի ընտանիքների համար", ["u10"], [])],
            [
                ("Վարչապետ Նիկոլ Փաշինյանը երկուշաբթի հայտարարել է, որ պետությունը ձմռան ամիսներին կվճարի գազի սակագնի տարբերությունը շուրջ 120 հազար սոցիալապես անապահով ընտանիքների համար։", ["u10"], [att("հայտարարել է")]),
                ("Նոյեմբերի 1-ից բնակչության համար գազի մեկ խորանարդ մետրի գինը 139-ից դարձել է 165 դրամ՝ Հանրային ծառայությունները կարգավորող հանձնաժողովի որոշմամբ։", ["u1"], []),
                ("«Գազպրոմ Արմենիա» ընկերությունը նոր սակագին էր հայցել այն բանից հետո, երբ «Գազպրոմը» Հայաստանի սահմանին ռուսական գազի գինը 165-ից բարձրացրել էր 210 դոլարի՝ հազար խորանարդ մետրի համար։", ["u2"], []),
                ("Փաշինյանի խոսքով՝ դա քաղաքական ճնշում է Հայաստանի վրա՝ Եվրոպական միության հետ մերձեցման համար։", ["u11"], [att("խոսքով")]),
                ("Կրեմլի խոսնակ Դմիտրի Պեսկովը պնդում է, թե խոսքը «զուտ առևտրային» հարցի մասին է։", ["u12"], [doubt("պնդում է"), ("scare-quote", "distancing", "«զուտ առևտրային»")]),
            ],
            [
                ("Երկուշաբթի երեկոյան Հանրապետության հրապարակում թանկացման դեմ հանրահավաք է անցկացրել նոր ստեղծված «Տաք տուն» շարժումը, որը ղեկավարում է Գևորգ Սահակյանը։", ["u3", "u4"], []),
                ("Ոստիկանության տվյալներով՝ հանրահավաքին մասնակցել է մոտ 4000 մարդ։", ["u3"], [att("տվյալներով")]),
                ("Շարժման որոշ անդամներ, ինչպես նաև ընդդիմադիր կուսակցությունների ակտիվիստներ, ուշ երեկոյան Բաղրամյան պողոտայով երթով շարժվել են դեպի Ազգային ժողով, որտեղ ոստիկանությունը փակել է նրանց ճանապարհը։", ["u5"], []),
                ("Ներքին գործերի նախարարության հաղորդմամբ՝ ցուցարարները քարեր ու շշեր են նետել ոստիկանների վրա և փորձել ճեղքել շղթան, որից հետո ոստիկանները կիրառել են պղպեղի գազ և լուսաձայնային նռնակներ։", ["u6", "u5"], [att("հաղորդմամբ")]),
                ("Սահակյանը պնդում է, թե ոստիկանները առանց նախազգուշացման հարձակվել են խաղաղ երթի վրա։", ["u7"], [doubt("պնդում է")]),
                ("Ոստիկանությունը բերման է ենթարկել 58 մարդու, որոնցից երեքի նկատմամբ քրեական վարույթ է նախաձեռնվել ոստիկանների նկատմամբ բռնության համար։", ["u9"], []),
            ],
            [
                ("Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը հայտարարել է, որ Բաքուն պատրաստ է Վրաստանի տարածքով Հայաստանին գազ վաճառել առևտրային պայմաններով։", ["u13"], [att("հայտարարել է")]),
                ("Փոխվարչապետ Մհեր Գրիգորյանի խոսքով՝ կառավարությունը կուսումնասիրի ցանկացած առաջարկ, իսկ Իրանի հետ բանակցություններ են ընթանում «գազ՝ էլեկտրաէներգիայի դիմաց» ծրագրով մատակարարումներն ավելացնելու շուրջ։", ["u15"], [att("խոսքով")]),
                ("Թուրքիայի և Ադրբեջանի շրջափակման պայմաններում Հայաստանը գազ ստանում է միայն Ռուսաստանից և Իրանից։", ["u19", "u20"], [("loaded", "hy-frame", "շրջափակման")]),
            ],
        ],
    },
    "ka-kartlis-khma.txt": {
        "header": " date 2026-11-03 (ქართლის ხმა)",
        "paragraphs": [
            [("საქართველოს გავლით სომხეთს შეიძლება აზერბაიჯანული გაზი მიეწოდოს", ["u13", "u14"], [("hedge", "uncertain", "შეიძლება")])],
            [
                ("საქართველოს გაზის ტრანსპორტირების კომპანიამ ორშაბათს განაცხადა, რომ სადახლოსთან სომხეთისკენ მიმავალ გაზსადენს რამდენიმეკვირიანი სამუშაოების შემდეგ აზერბაიჯანული გაზის ტრანსპორტირებაც შეეძლება.", ["u14"], [att("განაცხადა")]),
                ("განცხადება მას შემდეგ გაკეთდა, რაც აზერბაიჯანის პრეზიდენტის მრჩეველმა ჰიქმეთ ჰაჯიევმა თქვა, რომ ბაქო მზადაა, ერევნის თხოვნის შემთხვევაში, საქართველოს გავლით სომხეთს გაზი კომერციული პირობებით მიჰყიდოს.", ["u13"], [att("თქვა")]),
                ("სომხეთის ვიცე-პრემიერმა მჰერ გრიგორიანმა განაცხადა, რომ მთავრობა ნებისმიერ შეთავაზებას შეისწავლის, ხოლო თეირანთან ელექტროენერგიის სანაცვლოდ ირანული გაზის მიწოდების გაზრდაზე მოლაპარაკებები მიმდინარეობს.", ["u15"], [att("განაცხადა")]),
            ],
            [
                ("სომხეთში 1 ნოემბრიდან მოსახლეობისთვის ბუნებრივი აირის ფასი 19%-ით, კუბურ მეტრზე 165 დრამამდე გაიზარდა.", ["u1"], []),
                ("ტარიფის ზრდა „გაზპრომ არმენიამ“ მოითხოვა მას შემდეგ, რაც „გაზპრომმა“ სომხეთის საზღვარზე ათას კუბურ მეტრზე ფასი 165-დან 210 დოლარამდე აწია.", ["u2"], []),
                ("ორშაბათს საღამოს ერევნის რესპუბლიკის მოედანზე ათასობით ადამიანი შეიკრიბა ფასების ზრდის წინააღმდეგ.", ["u3"], []),
                ("პარლამენტისკენ მსვლელობისას დემონსტრანტებსა და პოლიციას შორის შეტაკება მოხდა და პოლიციამ წიწაკის სპრეი გამოიყენა.", ["u5"], []),
                ("პოლიციამ ათობით ადამიანი დააკავა.", ["u9"], []),
                ("ევროკავშირის დელეგაციამ ერევანში მხარეებს თავშეკავებისკენ მოუწოდა და ძალის გამოყენების გამოძიება მოითხოვა.", ["u17"], []),
                ("აქციის ორგანიზატორებმა ახალი აქცია შაბათისთვის დანიშნეს.", ["u16"], []),
            ],
            [
                ("კრემლის პრესმდივანმა დმიტრი პესკოვმა განაცხადა, რომ ფასის ზრდა წმინდა კომერციული საკითხია.", ["u12"], [att("განაცხადა")]),
                ("რუსული გაზი სომხეთში ჩრდილოეთ-სამხრეთის მაგისტრალური გაზსადენით, საქართველოს ტერიტორიის გავლით შედის.", ["u18"], []),
                ("ტრანზიტის სანაცვლოდ საქართველო რუსული გაზის ნაწილს იღებს.", [], []),
            ],
        ],
    },
    "it-sentinella-dell-est.txt": {
        "header": " date 2026-11-03 (La Sentinella dell'Est)",
        "paragraphs": [
            [("Gas più caro del 20% in Armenia: scontri a Erevan, Baku si propone come fornitore alternativo", ["u1", "u5", "u13"], [])],
            [
                ("Dal 1° novembre le famiglie armene pagano il gas quasi il 20% in più: la Commissione di regolamentazione dei servizi pubblici ha portato il prezzo da 139 a 165 dram al metro cubo.", ["u1"], []),
                ("Il rincaro è stato chiesto da Gazprom Armenia, la filiale locale del colosso russo, dopo che Gazprom ha aumentato da 165 a 210 dollari per mille metri cubi il prezzo del gas consegnato al confine armeno.", ["u2"], []),
                ("Lunedì sera circa 10.000 persone, secondo gli organizzatori, si sono radunate in piazza della Repubblica a Erevan per chiedere il ritiro dell'aumento.", ["u3"], [att("secondo")]),
                ("Quando una parte del corteo ha cercato di raggiungere il Parlamento lungo viale Baghramyan, la polizia ha usato spray al peperoncino e granate assordanti.", ["u5"], []),
            ],
            [
                ("Il ministero dell'Interno sostiene che i manifestanti abbiano lanciato per primi pietre e bottiglie contro gli agenti.", ["u6"], [att("sostiene")]),
                ("Gli organizzatori accusano invece la polizia di aver caricato senza preavviso un corteo pacifico.", ["u7"], [att("accusano")]),
                ("I feriti sarebbero una trentina, tra cui undici agenti, e i fermati una sessantina.", ["u8", "u9"], [("hedge", "hearsay", "sarebbero")]),
                ("La delegazione dell'Unione europea a Erevan ha invitato tutte le parti alla moderazione e chiesto un'indagine sull'uso della forza.", ["u17"], []),
            ],
            [
                ("Il premier Nikol Pashinyan parla di una pressione politica di Mosca, irritata dall'avvicinamento di Erevan all'Unione europea.", ["u11"], [att("parla")]),
                ("Il portavoce del Cremlino Dmitry Peskov ribatte che si tratta di una questione puramente commerciale.", ["u12"], [att("ribatte")]),
                ("A Baku, il consigliere presidenziale Hikmet Hajiyev ha fatto sapere che l'Azerbaigian è pronto a vendere gas all'Armenia attraverso la Georgia, a condizioni commerciali.", ["u13"], [att("ha fatto sapere")]),
                ("Secondo la società georgiana di trasporto del gas, al gasdotto che raggiunge l'Armenia presso Sadakhlo basterebbero poche settimane di lavori per trasportare anche gas azero.", ["u14"], [att("Secondo")]),
            ],
            [
                ("Per Bruxelles è un banco di prova: l'Armenia vuole avvicinarsi all'Europa, ma dipende quasi interamente dal gas russo.", ["u19"], []),
                ("L'unica alternativa è il gas iraniano, che Erevan riceve in cambio di elettricità.", ["u19"], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (v), held out: in a summer drought the flow of the Arpa river from Armenia into
# Azerbaijan's Nakhchivan falls sharply and Nakhchivan declares a water emergency in the Sharur
# district; Baku accuses Yerevan of diverting the river into Lake Sevan through the Arpa–Sevan
# tunnel ("water terror") and demands more water, Yerevan blames the drought and the low Kechut
# reservoir; farmers in Armenia's Vayots Dzor block the highway near Areni; the Armenian
# government raises releases from Kechut, Baku calls it insufficient; Pashinyan proposes a joint
# commission, Iran worries for the Aras and the UN offers help. Written without looking at the
# concept lexicon (glossaries/concepts.toml), the cue lexicons (glossaries/cues/) or the aligner
# (src/), so it measures the tool on text it was not tuned on. Keep it that way: do not rewrite
# these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_V = {
    "v1": "On Monday 27 July the authorities of Azerbaijan's Nakhchivan declared a water emergency in the Sharur district (az: Sharur and Kangarli) after the flow of the Arpa (Arpachay) from Armenia fell sharply; irrigation water is handed out to villages in turns",
    "v2": "Drinking water is brought by tanker to villages in Nakhchivan (en: about 20; az: 27; fa: dozens)",
    "v3": "The Arpa's flow at the border fell to about 2 cubic metres per second, against 9 a year earlier, by Nakhchivan's figures (az: 1.6, more than five times less; ru: four times less; de: just under two, a fraction of last year's)",
    "v4": "The Arpachay reservoir in Nakhchivan is less than a fifth full (ru: about a fifth; az: 15%)",
    "v5": "Fields, orchards and vineyards in Nakhchivan are at risk (es: about 5,000 hectares, by the local government; de: about 6,000, hearsay; az: more than 8,000)",
    "v6": "Baku's account: Hikmet Hajiyev accused Armenia of deliberately diverting the Arpa's water into Lake Sevan through the Arpa–Sevan tunnel, leaving Nakhchivan without water, and called it water terror (az: a gross violation of international law, water used as a weapon; hy: doubted)",
    "v7": "On Tuesday 28 July Azerbaijan's foreign ministry demanded that Armenia immediately release at least 6 cubic metres per second into the Arpa (en: or it would take the matter to international bodies)",
    "v8": "Yerevan's account: Armenia's Water Committee denies the charge and blames the drought: the Arpa carries about half its usual flow, and less water has been sent to Sevan this year than last (en: about 60 million cubic metres since April against 85 million; hy: 58 million; ru, az: doubted)",
    "v9": "The Kechut reservoir near Jermuk, from which the Arpa–Sevan tunnel draws, is about a third full (hy: 31%; de: a good third)",
    "v10": "Armenia's hydrometeorological service: rainfall in Vayots Dzor since May far below the norm (es: 55% less; hy: 62% less)",
    "v11": "Lake Sevan's level has fallen since May (ru: about 20 cm; hy: 18 cm)",
    "v12": "On Monday farmers from Areni and nearby villages in Armenia's Vayots Dzor blocked the highway to Meghri (and Iran) for two hours, demanding water for their vineyards and blaming the diversion to Sevan (en: about 150; hy: about 300; ru: several dozen; az: hundreds)",
    "v13": "On Tuesday 28 July the Armenian government decided to raise releases from the Kechut reservoir into the Arpa from 3 to 5 cubic metres per second for 15 days (de: two weeks)",
    "v14": "Prime Minister Nikol Pashinyan proposed a joint commission on transboundary rivers (en: with a daily exchange of flow data; en, hy: Armenia will never use water as a weapon; ru: doubted)",
    "v15": "Iran expressed concern for the Aras, into which the Arpa flows, and offered to host talks between Azerbaijan and Armenia",
    "v16": "The UN offered technical help to set up joint monitoring of the river's flow",
    "v17": "Baku called Yerevan's increase in releases insufficient (az: late and insufficient; hy: in quotes)",
}

ARTICLES_V = {
    "en-headwater-chronicle.txt": {
        "header": " date 2026-07-29 (The Headwater Chronicle)",
        "paragraphs": [
            [("Nakhchivan declares water emergency as Baku accuses Armenia of diverting the Arpa", ["v1", "v6"], [att("accuses")])],
            [
                ("Authorities in Azerbaijan's Nakhchivan exclave declared a water emergency in the Sharur district on Monday after the flow of the Arpa river, which reaches the area from Armenia, dwindled to a trickle.", ["v1"], []),
                ("The exclave's water resources agency said about 2 cubic metres per second were crossing the border, against 9 at the same time last year.", ["v3"], [att("said")]),
                ("Irrigation water is being shared out among villages in turns, and tankers are bringing drinking water to about 20 villages.", ["v1", "v2"], []),
            ],
            [
                ("Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, accused Yerevan of deliberately sending the river's water into Lake Sevan through the Arpa–Sevan tunnel and called it “water terror”.", ["v6"], [att("accused"), att("called"), ("scare-quote", "distancing", "“water terror”"), ("loaded", "az-frame", "water terror")]),
                ("On Tuesday Azerbaijan's foreign ministry demanded that Armenia release at least 6 cubic metres per second at once, and said it would otherwise take the matter to international bodies.", ["v7"], [att("said")]),
                ("Armenia's Water Committee rejected the charge, saying the Arpa itself was carrying only about half its usual flow after months of drought.", ["v8"], [att("rejected"), att("saying")]),
                ("It said about 60 million cubic metres had been sent to the lake since April, less than the 85 million of the same period last year.", ["v8"], [att("said")]),
            ],
            [
                ("The Kechut reservoir near the spa town of Jermuk, from which the tunnel draws its water, is about a third full.", ["v9"], []),
                ("On Monday about 150 farmers from Areni and nearby villages in Armenia's Vayots Dzor province blocked the highway to Meghri for two hours, saying their vineyards were drying up while the water went to the lake.", ["v12"], [att("saying")]),
                ("A day later the Armenian government decided to raise releases from Kechut into the Arpa from 3 to 5 cubic metres per second for 15 days.", ["v13"], []),
                ("Baku called the increase insufficient.", ["v17"], [att("called")]),
            ],
            [
                ("Prime Minister Nikol Pashinyan proposed a joint commission on the rivers that cross the border, with a daily exchange of flow data, and said Armenia would never use water as a weapon.", ["v14"], [att("said")]),
                ("The UN said it was ready to help the two countries set up joint monitoring of the river.", ["v16"], [att("said")]),
            ],
            [
                ("Nakhchivan, home to about 460,000 people, is separated from the rest of Azerbaijan by a strip of Armenian territory.", [], []),
                ("Armenia and Azerbaijan have never agreed on how to share the rivers that cross their border.", [], []),
            ],
        ],
    },
    "es-diario-del-altiplano.txt": {
        "header": " date 2026-07-30 (Diario del Altiplano)",
        "paragraphs": [
            [("Azerbaiyán acusa a Armenia de desviar el agua del río Arpa en plena sequía", ["v6"], [att("acusa")])],
            [
                ("Las autoridades azerbaiyanas de Najicheván decretaron el lunes la emergencia hídrica en el distrito de Sharur, regado por el río Arpa, que llega desde Armenia.", ["v1"], []),
                ("Según el Gobierno local, unas 5.000 hectáreas de viñedos, huertos y cultivos de forraje corren peligro.", ["v5"], [att("Según")]),
                ("El embalse de Arpachay, del que depende el riego de la zona, está por debajo de una quinta parte de su capacidad.", ["v4"], []),
            ],
            [
                ("El asesor presidencial azerbaiyano Hikmet Hajiyev acusó a Ereván de desviar deliberadamente el caudal del Arpa hacia el lago Sevan y habló de «terrorismo hídrico».", ["v6"], [att("acusó"), att("habló de"), ("scare-quote", "distancing", "«terrorismo hídrico»"), ("loaded", "az-frame", "terrorismo hídrico")]),
                ("Ereván lo niega.", ["v8"], [att("niega")]),
                ("Según el Comité del Agua armenio, el Arpa lleva apenas la mitad de su caudal habitual, y este año se ha trasvasado al Sevan menos agua que el pasado.", ["v8"], [att("Según")]),
                ("Los datos del servicio meteorológico armenio le dan en parte la razón: desde mayo ha llovido en Vayots Dzor un 55 % menos de lo normal.", ["v10"], []),
            ],
            [
                ("La escasez golpea también al lado armenio: el lunes, agricultores de Areni, cuna del vino armenio, cortaron durante dos horas la carretera que lleva a Irán para exigir agua para sus viñas.", ["v12"], []),
                ("Al día siguiente, el Gobierno de Pashinián aprobó aumentar durante quince días de 3 a 5 metros cúbicos por segundo el agua que se suelta desde el embalse de Kechut, cerca de Jermuk.", ["v13"], []),
                ("Pashinián propuso además crear una comisión conjunta para los ríos transfronterizos.", ["v14"], []),
            ],
            [
                ("Irán, cuyo río Aras recibe las aguas del Arpa, expresó su preocupación y se ofreció a acoger conversaciones entre sus dos vecinos.", ["v15"], []),
                ("Naciones Unidas, por su parte, ofreció asistencia técnica para medir el caudal de forma conjunta.", ["v16"], []),
            ],
            [
                ("Los climatólogos advierten de que el Cáucaso Sur se calienta más deprisa que la media mundial y de que las sequías serán cada vez más frecuentes.", [], [att("advierten")]),
                ("Armenia obtiene una parte importante de su electricidad de centrales hidroeléctricas, muy sensibles a la falta de lluvia.", [], []),
            ],
        ],
    },
    "ru-novyi-kavkaz.txt": {
        "header": " date 2026-07-29 (Новый Кавказ)",
        "paragraphs": [
            [("Ереван и Баку не поделили воду: Нахичевань осталась без полива", ["v1"], [])],
            [
                ("В Нахичевани в понедельник ввели режим чрезвычайной ситуации из-за нехватки воды: река Арпа, которая течёт из Армении, почти пересохла.", ["v1"], []),
                ("По данным местных властей, расход воды на границе упал вчетверо по сравнению с прошлым годом, а Арпачайское водохранилище заполнено примерно на пятую часть.", ["v3", "v4"], [att("По данным")]),
                ("Воду для полива теперь подают в сёла по графику.", ["v1"], []),
            ],
            [
                ("Помощник президента Азербайджана Хикмет Гаджиев обвинил Армению в том, что она намеренно перебрасывает воду Арпы в озеро Севан, и назвал это «водным террором».", ["v6"], [att("обвинил"), att("назвал"), ("scare-quote", "distancing", "«водным террором»"), ("loaded", "az-frame", "водным террором")]),
                ("МИД Азербайджана потребовал немедленно пропускать в Нахичевань не менее 6 кубометров воды в секунду.", ["v7"], []),
                ("В Ереване утверждают, что дело не в тоннеле, а в засухе: по данным Комитета водного хозяйства, естественный сток Арпы сократился почти вдвое.", ["v8"], [doubt("утверждают"), att("по данным")]),
                ("Уровень озера Севан с мая опустился примерно на 20 сантиметров.", ["v11"], []),
            ],
            [
                ("Недовольны и армянские крестьяне.", ["v12"], []),
                ("Несколько десятков фермеров из Вайоц Дзора в понедельник на два часа перекрыли трассу у села Арени, требуя воды для виноградников.", ["v12"], []),
                ("Во вторник правительство Армении решило увеличить сброс воды из Кечутского водохранилища в Арпу с 3 до 5 кубометров в секунду.", ["v13"], []),
                ("Никол Пашинян поспешил предложить Баку создать совместную комиссию по трансграничным рекам.", ["v14"], [doubt("поспешил")]),
                ("В Баку решение Еревана назвали недостаточным.", ["v17"], [att("назвали")]),
            ],
            [
                ("Напомним, что тоннель Арпа — Севан длиной 48 километров построили ещё в советские годы.", [], []),
                ("Эксперты не исключают, что спор о воде может осложнить и без того хрупкий мирный процесс.", [], [att("не исключают"), ("hedge", "uncertain", "может")]),
                ("В Москве ситуацию пока не комментируют.", [], []),
            ],
        ],
    },
    "az-bulaq.txt": {
        "header": " date 2026-07-29 (Bulaq)",
        "paragraphs": [
            [("Hikmət Hacıyev: Ermənistan Arpaçayın suyunu Göyçə gölünə axıdaraq su terroru törədir", ["v6"], [("loaded", "az-frame", "su terroru")])],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Ermənistan Arpaçayın suyunu qəsdən Arpa–Göyçə tuneli ilə Göyçə gölünə ötürür və Naxçıvanı susuz qoyur.", ["v6"], [att("bildirib")]),
                ("Onun sözlərinə görə, bu, beynəlxalq hüququn kobud pozulması və suyun silah kimi istifadə edilməsidir.", ["v6"], [att("sözlərinə görə")]),
            ],
            [
                ("Naxçıvan Muxtar Respublikası Nazirlər Kabinetinin qərarı ilə bazar ertəsi Şərur və Kəngərli rayonlarında fövqəladə vəziyyət elan olunub.", ["v1"], []),
                ("Su Ehtiyatları Agentliyinin məlumatına görə, Ermənistan ərazisindən gələn suyun həcmi saniyədə cəmi 1,6 kubmetrə düşüb ki, bu da ötən ilin eyni dövrü ilə müqayisədə beş dəfədən çox azdır.", ["v3"], [att("məlumatına görə")]),
                ("Arpaçay su anbarı tutumunun cəmi 15 faizi qədər doludur.", ["v4"], []),
                ("Bölgədə 8 min hektardan çox əkin sahəsi, bağ və üzüm plantasiyası susuz qalmaq təhlükəsi ilə üzləşib.", ["v5"], []),
                ("Hazırda 27 kəndə içməli su avtosisternlərlə daşınır.", ["v2"], []),
            ],
            [
                ("Xarici İşlər Nazirliyi Ermənistandan dərhal Arpaçaya saniyədə ən azı 6 kubmetr su buraxılmasını tələb edib.", ["v7"], []),
                ("Erməni tərəfi isə suyun azalmasını quraqlıqla izah etməyə çalışır və bu il Göyçə gölünə ötən ildən az su ötürüldüyünü iddia edir.", ["v8"], [doubt("izah etməyə çalışır"), doubt("iddia edir")]),
                ("Maraqlıdır ki, Ermənistanın Vayots Dzor bölgəsində yüzlərlə fermer də suyun Göyçə gölünə axıdılmasına etiraz edərək yolu bağlayıb.", ["v12"], []),
                ("İrəvanın su buraxılışını saniyədə 5 kubmetrə çatdırmaq barədə qərarı isə Bakıda gecikmiş və qeyri-kafi addım kimi qiymətləndirilib.", ["v13", "v17"], [att("qiymətləndirilib")]),
            ],
            [
                ("Şübhəsiz, Naxçıvan əhalisinin su təhlükəsizliyi dövlətin diqqət mərkəzindədir.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, Şərur rayonu Naxçıvanın əsas kənd təsərrüfatı bölgələrindəndir.", [], []),
            ],
        ],
    },
    "hy-hayreni-ezerk.txt": {
        "header": " date 2026-07-29 (Հայրենի եզերք)",
        "paragraphs": [
            [("Կառավարությունն ավելացնում է Կեչուտից Արփա բաց թողնվող ջուրը, Բաքուն խոսում է «ջրային ահաբեկչության» մասին", ["v13", "v6"], [att("խոսում է"), ("scare-quote", "distancing", "«ջրային ահաբեկչության»"), ("loaded", "az-frame", "ջրային ահաբեկչության")])],
            [
                ("Կառավարությունը երեքշաբթի որոշել է 15 օրով Կեչուտի ջրամբարից Արփա գետ բաց թողնվող ջրի ծավալը վայրկյանում 3-ից հասցնել 5 խորանարդ մետրի, որպեսզի Վայոց ձորի այգիները ջուր ստանան։", ["v13"], []),
                ("Մեկ օր առաջ Արենիի և հարակից գյուղերի մոտ 300 բնակիչ երկու ժամով փակել էր Երևան–Մեղրի մայրուղին՝ պահանջելով ջուր տրամադրել խաղողի այգիներին։", ["v12"], []),
                ("Նրանց խոսքով՝ գետը ցամաքում է, մինչդեռ ջուրը թունելով տանում են Սևանա լիճ։", ["v12"], [att("խոսքով")]),
            ],
            [
                ("Ջրային կոմիտեի տվյալներով՝ Արփայի բնական հոսքը նորմայի կեսն է, իսկ Կեչուտի ջրամբարը լցված է ընդամենը 31 տոկոսով։", ["v8", "v9"], [att("տվյալներով")]),
                ("Ապրիլից ի վեր Արփա–Սևան թունելով լիճ է տեղափոխվել 58 միլիոն խորանարդ մետր ջուր, ինչը զգալիորեն պակաս է նախորդ տարվա ծավալից։", ["v8"], []),
                ("Հիդրոօդերևութաբանության կենտրոնի հաղորդմամբ՝ մայիսից ի վեր Վայոց ձորում տեղումները նորմայից 62 տոկոսով պակաս են եղել։", ["v10"], [att("հաղորդմամբ")]),
                ("Սևանա լճի մակարդակը նույն ժամանակահատվածում իջել է 18 սանտիմետրով։", ["v11"], []),
            ],
            [
                ("Բաքվում Ալիևի օգնական Հիքմեթ Հաջիևը պնդում է, թե Հայաստանը դիտավորյալ Արփայի ջուրը շեղում է դեպի Սևան և Նախիջևանը թողնում առանց ջրի։", ["v6"], [doubt("պնդում է")]),
                ("Ադրբեջանի ԱԳՆ-ն էլ պահանջել է անհապաղ վայրկյանում առնվազն 6 խորանարդ մետր ջուր բաց թողնել։", ["v7"], []),
                ("Վարչապետ Նիկոլ Փաշինյանն առաջարկել է ստեղծել անդրսահմանային գետերի համատեղ հանձնաժողով և հայտարարել, որ Հայաստանը երբեք ջուրը զենք չի դարձնի։", ["v14"], [att("հայտարարել")]),
                ("Բաքուն կառավարության որոշումը «անբավարար» է որակել։", ["v17"], [att("որակել"), ("scare-quote", "distancing", "«անբավարար»")]),
            ],
            [
                ("2001 թվականին ընդունված «Սևանա լճի մասին» օրենքը պահանջում է աստիճանաբար բարձրացնել լճի մակարդակը։", [], []),
                ("Վայոց ձորը Հայաստանի գինեգործության կենտրոններից է, և Արենիի խաղողի այգիներն ամբողջությամբ կախված են ոռոգումից։", [], []),
            ],
        ],
    },
    "de-quellbote.txt": {
        "header": " date 2026-07-30 (Der Quellbote)",
        "paragraphs": [
            [("Streit um die Arpa: Aserbaidschan wirft Armenien „Wasserterror“ vor, Eriwan verweist auf die Dürre", ["v6", "v8"], [att("wirft"), ("scare-quote", "distancing", "„Wasserterror“"), att("verweist"), ("loaded", "az-frame", "Wasserterror")])],
            [
                ("Im aserbaidschanischen Nachitschewan ist am Montag für den Bezirk Scharur der Wassernotstand ausgerufen worden.", ["v1"], []),
                ("Die Arpa, die aus Armenien in die Exklave fließt, führt an der Grenze nur noch knapp zwei Kubikmeter Wasser pro Sekunde, ein Bruchteil der Menge des Vorjahres.", ["v3"], []),
                ("Rund 6000 Hektar Weinberge, Obstgärten und Felder sollen bedroht sein.", ["v5"], [("hedge", "hearsay", "sollen")]),
            ],
            [
                ("Hikmet Hadschijew, außenpolitischer Berater von Präsident Ilham Alijew, wirft Eriwan vor, das Wasser absichtlich durch den Arpa-Sewan-Tunnel in den Sewansee umzuleiten.", ["v6"], [att("wirft")]),
                ("Das armenische Wasserkomitee bestreitet das.", ["v8"], [att("bestreitet")]),
                ("Schuld sei die Dürre: Die Arpa führe nur etwa die Hälfte der üblichen Wassermenge, und in diesem Jahr sei weniger Wasser in den See geleitet worden als im vergangenen.", ["v8"], []),
                ("Der Ketschut-Stausee bei Dschermuk, aus dem der Tunnel gespeist wird, ist nur zu gut einem Drittel gefüllt.", ["v9"], []),
            ],
            [
                ("Am Dienstag beschloss die armenische Regierung, für zwei Wochen mehr Wasser aus dem Stausee in die Arpa abzulassen, fünf statt drei Kubikmeter pro Sekunde.", ["v13"], []),
                ("Ministerpräsident Nikol Paschinjan schlug eine gemeinsame Kommission für die grenzüberschreitenden Flüsse vor.", ["v14"], []),
                ("Auch Iran meldete sich zu Wort: Teheran sorgt sich um den Aras, in den die Arpa mündet, und bot an, Gespräche auszurichten.", ["v15"], []),
                ("Die Vereinten Nationen boten Hilfe beim Aufbau einer gemeinsamen Messung des Abflusses an.", ["v16"], []),
            ],
            [
                ("Der Sewansee ist mit rund 1250 Quadratkilometern der größte See des Kaukasus.", [], []),
                ("Armenien und Aserbaidschan unterhalten bis heute keine diplomatischen Beziehungen.", [], []),
            ],
        ],
    },
    "fa-ava-ye-dasht.txt": {
        "header": " date 2026-07-29 (آوای دشت)",
        "paragraphs": [
            [("تهران نسبت به پیامدهای کم‌آبی رود آرپاچای برای رود ارس ابراز نگرانی کرد", ["v15"], [])],
            [
                ("سخنگوی وزارت امور خارجه ایران روز چهارشنبه گفت کاهش آب رود آرپاچای که به رود ارس می‌ریزد، می‌تواند بر کشاورزان دو سوی ارس نیز اثر بگذارد.", ["v15"], [att("گفت"), ("hedge", "uncertain", "می‌تواند")]),
                ("وی افزود که جمهوری اسلامی ایران آماده است میزبان گفت‌وگوی جمهوری آذربایجان و ارمنستان درباره تقسیم آب رودهای مرزی باشد.", ["v15"], [att("افزود")]),
            ],
            [
                ("مقامات نخجوان روز دوشنبه در منطقه شرور به دلیل کمبود آب وضعیت اضطراری اعلام کردند.", ["v1"], []),
                ("به گفته این مقامات، دبی آب ورودی از ارمنستان به حدود ۲ متر مکعب در ثانیه کاهش یافته و سد آرپاچای کمتر از یک‌پنجم ظرفیت خود آب دارد.", ["v3", "v4"], [att("به گفته")]),
                ("آب آشامیدنی ده‌ها روستا اکنون با تانکر تأمین می‌شود.", ["v2"], []),
            ],
            [
                ("حکمت حاجی‌اف، دستیار رئیس‌جمهور جمهوری آذربایجان، ارمنستان را متهم کرد که آب رود را عمداً از طریق تونل آرپا–سوان به دریاچه سوان منتقل می‌کند و این کار را «تروریسم آبی» خواند.", ["v6"], [att("متهم کرد"), att("خواند"), ("scare-quote", "distancing", "«تروریسم آبی»"), ("loaded", "az-frame", "تروریسم آبی")]),
                ("ایروان این اتهام را رد می‌کند و خشکسالی کم‌سابقه را عامل کاهش آب رود می‌داند.", ["v8"], [att("رد می‌کند"), att("می‌داند")]),
                ("دولت ارمنستان روز سه‌شنبه تصمیم گرفت آب رهاشده از مخزن کچوت در نزدیکی جرموک به رود آرپا را به ۵ متر مکعب در ثانیه افزایش دهد.", ["v13"], []),
                ("باکو این افزایش را ناکافی دانست.", ["v17"], [att("دانست")]),
            ],
            [
                ("نیکول پاشینیان، نخست‌وزیر ارمنستان، نیز تشکیل کمیسیونی مشترک برای رودهای مرزی را پیشنهاد کرده است.", ["v14"], []),
                ("سازمان ملل هم آمادگی خود را برای کمک فنی به پایش مشترک جریان آب اعلام کرده است.", ["v16"], []),
                ("سد ارس در نزدیکی پلدشت حاصل همکاری ایران و اتحاد جماهیر شوروی است.", [], []),
                ("استان‌های آذربایجان غربی و شرقی در سال‌های اخیر با خشکسالی‌های پیاپی و کاهش سطح دریاچه ارومیه روبه‌رو بوده‌اند.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (w), held out: on a frosty January evening a fire at the Dzoraghbyur high-voltage
# substation on the eastern edge of Yerevan sets off a cascading blackout across much of Armenia
# for several hours; the Metsamor nuclear plant shuts down automatically, the metro stops and its
# passengers are led out through the tunnels, trains halt, water pumping stops, hospitals run on
# generators; Iran and Georgia send emergency power; the grid operator ArmGrid blames an old
# transformer overloaded in the frost, the National Security Service opens a sabotage case and
# the Security Council's secretary does not rule out outside interference, the opposition and
# experts blame years of neglect; Pashinyan orders inspections and the government suspends
# ArmGrid's director; Hajiyev calls any hint at Azerbaijan absurd, Zakharova offers Russian help.
# Written without looking at the concept lexicon (glossaries/concepts.toml), the cue lexicons
# (glossaries/cues/) or the aligner (src/), so it measures the tool on text it was not tuned on.
# Keep it that way: do not rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_W = {
    "w1": "On Tuesday evening 20 January a fire broke out at the 220-kilovolt Dzoraghbyur substation on the eastern edge of Yerevan, in Kotayk province (en, es, tr: at about 18:40; fr: vers 18 h 40; hy: at 18:37; ru: around seven; az: in the evening)",
    "w2": "The grid's protection systems disconnected the country's main power plants and the reactor of the Metsamor nuclear power plant shut down automatically; its managers say it is safe and will be restarted within days (en: within three days; fr: by the end of the week)",
    "w3": "Much of Armenia lost power (en: about two million people, the south including Syunik largely spared; es: more than two million, two thirds of the country; ru: almost 2.5 million, the whole country except Syunik; az: more than 80% of the population; hy: about 750,000 subscribers, Syunik spared; tr: about 2 million; fr: two thirds of the country)",
    "w4": "Power came back to Yerevan after several hours (en: by about 01:30 on Wednesday, some seven hours after the fire; es: after one in the morning, almost seven hours; ru: almost eight hours, some villages only in the morning; az: more than seven hours; hy: about five hours in central Yerevan, some villages not until morning; tr: about seven hours; fr: more than six hours)",
    "w5": "The Yerevan metro stopped and passengers were evacuated from the trains through the tunnels (en, es: about 1,500; ru: about 3,000; hy: about 1,200 from six trains; fr: hundreds)",
    "w6": "Electric trains halted; passengers on the evening train from Gyumri waited almost three hours in the cold for a diesel locomotive (tr: the trains only)",
    "w7": "Water pumping stations stopped and much of Yerevan (hy: the upper floors of high-rise buildings) was without running water until Wednesday morning",
    "w8": "Hospitals switched to backup generators; the health ministry said no patient was harmed (ru: a generator at a clinic in Gyumri reportedly failed to start)",
    "w9": "Iran supplied emergency electricity through the line near Meghri to help restart the grid (en, es, hy: about 250 MW; ru, fr: about 300 MW)",
    "w10": "Georgia supplied emergency electricity to help restart the grid (en, es, fr: about 150 MW; hy: 120 MW)",
    "w11": "The technical account: the grid operator ArmGrid (director Karen Avetisyan) blames a short circuit in a transformer installed in 1979, overloaded by near-record demand in the frost (en, es, fr: minus 16 degrees; hy: minus 15; ru: minus 18; hy: doubted; fr: hearsay conditional)",
    "w12": "The sabotage version: Armenia's National Security Service opened a criminal case for sabotage, and the Security Council's secretary Armen Grigoryan said outside interference could not be ruled out (ru, az, tr: doubted or in quotes; hy: the authorities 'prefer to talk' of sabotage)",
    "w13": "The neglect account: opposition MPs and experts accuse ArmGrid of neglect, the replacement of the old transformer put off every year since 2021 (hy: Vahe Danielyan of the Energy Security Institute, also blaming the government and the regulator; ru: experienced Russian specialists left after the company's change of management in 2024; fr: hearsay conditional)",
    "w14": "Prime Minister Nikol Pashinyan ordered inspections of all high-voltage substations (en: and said those responsible would be held to account whatever the cause)",
    "w15": "On Wednesday the government suspended ArmGrid's director Karen Avetisyan for the duration of the investigation",
    "w16": "Hikmet Hajiyev called any suggestion of Azerbaijani involvement absurd (az, tr: and said Yerevan was again looking for an outside enemy to cover up its own negligence)",
    "w17": "Russia's foreign ministry spokeswoman Maria Zakharova said Moscow was ready to send specialists and equipment (ru: Armenia's power system was built together with Russia)",
    "w18": "Armenia can import electricity only from Iran and Georgia because its borders with Turkey and Azerbaijan are closed (background)",
    "w19": "The Soviet-era Metsamor nuclear plant is a (long-standing) safety concern / threat for the region (background)",
}

ARTICLES_W = {
    "en-foothill-courant.txt": {
        "header": " date 2026-01-21 (The Foothill Courant)",
        "paragraphs": [
            [("Fire at substation plunges much of Armenia into darkness", ["w1", "w3"], [])],
            [
                ("A fire at a high-voltage substation on the eastern edge of Yerevan cut power to much of Armenia on Tuesday evening, leaving about two million people without electricity during a cold snap.", ["w1", "w3"], []),
                ("The fire broke out at about 18:40 at the 220-kilovolt Dzoraghbyur substation in Kotayk province, and within minutes the grid's protection systems had disconnected the country's main power plants.", ["w1", "w2"], []),
                ("Among them was the Metsamor nuclear power plant, whose reactor shut down automatically; its managers said it was safe and would be restarted within three days.", ["w2"], [att("said")]),
            ],
            [
                ("Trains on the Yerevan metro stopped between stations, and rescuers evacuated about 1,500 passengers through the tunnels.", ["w5"], [mv("evacuation", "evacuated")]),
                ("Electric trains also halted, and passengers on the evening train from Gyumri waited almost three hours in unheated carriages for a diesel locomotive.", ["w6"], []),
                ("Hospitals switched to backup generators, and the health ministry said no patient had been harmed.", ["w8"], [att("said")]),
            ],
            [
                ("Iran sent about 250 megawatts through the line near Meghri and Georgia about 150 megawatts to help restart the grid, the infrastructure ministry said.", ["w9", "w10"], [att("said")]),
                ("Power returned to the capital gradually, and by about 01:30 on Wednesday, some seven hours after the fire, the whole city had electricity again.", ["w4"], []),
                ("The south of the country, including Syunik, was largely spared.", ["w3"], []),
            ],
            [
                ("Karen Avetisyan, director of the grid operator ArmGrid, said a short circuit in a transformer installed in 1979, overloaded as demand neared a record in temperatures of minus 16 degrees, was the likely cause.", ["w11"], [att("said"), ("hedge", "uncertain", "likely")]),
                ("The National Security Service nevertheless opened a criminal case for sabotage, and Armen Grigoryan, secretary of the Security Council, said outside interference could not be ruled out.", ["w12"], [att("said"), ("hedge", "uncertain", "could not be ruled out"), ("loaded", "contested", "sabotage")]),
                ("Opposition lawmakers accused ArmGrid of neglect, saying the transformer's replacement had been put off every year since 2021.", ["w13"], [att("accused"), att("saying")]),
                ("Prime Minister Nikol Pashinyan, who chaired an emergency meeting overnight, ordered inspections of every high-voltage substation and said those responsible would be held to account whatever the cause.", ["w14"], [att("said")]),
            ],
            [
                ("Residents of Dzoraghbyur said the flames lit up the night sky and could be seen from central Yerevan.", [], [att("said")]),
                ("Armenia lived through years of rationed electricity in the early 1990s, when many households had power for only a few hours a day.", [], []),
            ],
        ],
    },
    "es-gaceta-del-meridiano.txt": {
        "header": " date 2026-01-21 (Gaceta del Meridiano)",
        "paragraphs": [
            [("Un incendio en una subestación deja a oscuras a dos tercios de Armenia", ["w1", "w3"], [])],
            [
                ("Más de dos millones de personas se quedaron sin luz el martes por la noche en Armenia después de que ardiera una subestación de alta tensión a las afueras de Ereván.", ["w3", "w1"], []),
                ("El fuego se declaró hacia las 18:40 en la subestación de Dzoraghbyur, en la provincia de Kotayk.", ["w1"], []),
                ("Los sistemas de protección desconectaron en cadena las principales centrales del país, entre ellas la nuclear de Metsamor, cuyo reactor se detuvo automáticamente sin riesgo para la seguridad, según la dirección de la planta.", ["w2"], [att("según")]),
            ],
            [
                ("El metro de Ereván se paró en plena hora punta y unos 1.500 pasajeros tuvieron que ser evacuados a pie por los túneles.", ["w5"], [mv("evacuation", "evacuados")]),
                ("Las estaciones de bombeo también dejaron de funcionar, y buena parte de la capital se quedó sin agua hasta la mañana del miércoles.", ["w7"], []),
                ("Para reiniciar la red llegaron de urgencia unos 250 megavatios desde Irán y 150 desde Georgia.", ["w9", "w10"], []),
                ("La luz volvió a la capital pasada la una de la madrugada, casi siete horas después del incendio.", ["w4"], []),
            ],
            [
                ("Sobre las causas, las versiones chocan.", [], []),
                ("El operador de la red, ArmGrid, atribuye el incendio a un cortocircuito en un transformador instalado en 1979 y sobrecargado por un consumo casi récord, con temperaturas de 16 grados bajo cero.", ["w11"], [att("atribuye")]),
                ("El Servicio de Seguridad Nacional de Armenia, en cambio, ha abierto una causa penal por sabotaje, y el secretario del Consejo de Seguridad, Armen Grigorián, no descarta una injerencia exterior.", ["w12"], [att("no descarta"), ("loaded", "contested", "sabotaje")]),
                ("Diputados de la oposición acusan a la empresa de haber aplazado año tras año, desde 2021, la sustitución de ese transformador.", ["w13"], [att("acusan")]),
                ("El Gobierno de Nikol Pashinián suspendió el miércoles al director de ArmGrid, Karen Avetisián, mientras dure la investigación.", ["w15"], []),
            ],
            [
                ("Desde Moscú, la portavoz de Exteriores rusa, María Zajárova, ofreció especialistas y equipos para reparar la subestación.", ["w17"], []),
                ("Armenia solo puede importar electricidad de Irán y Georgia, porque sus fronteras con Turquía y Azerbaiyán siguen cerradas.", ["w18"], []),
                ("El apagón recuerda al que dejó sin luz a la península ibérica el 28 de abril de 2025.", [], []),
            ],
        ],
    },
    "ru-ogni-kavkaza.txt": {
        "header": " date 2026-01-21 (Огни Кавказа)",
        "paragraphs": [
            [("Армения погрузилась во тьму, а в Ереване заговорили о «диверсии»", ["w3", "w12"], [att("заговорили"), ("scare-quote", "distancing", "«диверсии»"), ("loaded", "contested", "диверсии")])],
            [
                ("Во вторник вечером почти 2,5 миллиона жителей Армении — практически вся страна, кроме Сюника, — остались без электричества.", ["w3"], []),
                ("Около семи часов вечера на подстанции «Дзорахбюр» под Ереваном загорелся трансформатор, после чего энергосистема республики рассыпалась.", ["w1"], []),
                ("В аварийном режиме была остановлена и Армянская АЭС в Мецаморе.", ["w2"], []),
            ],
            [
                ("Оператор высоковольтных сетей «АрмГрид» объяснил аварию коротким замыканием в трансформаторе 1979 года выпуска, который не выдержал нагрузки в восемнадцатиградусный мороз.", ["w11"], [att("объяснил")]),
                ("Однако Служба национальной безопасности Армении возбудила уголовное дело о диверсии, а секретарь Совбеза Армен Григорян поспешил заявить о возможном «внешнем вмешательстве».", ["w12"], [doubt("поспешил"), ("scare-quote", "distancing", "«внешнем вмешательстве»"), ("loaded", "contested", "диверсии")]),
                ("Местные эксперты указывают на другое: после смены руководства компании в 2024 году из неё ушли опытные российские специалисты, а замену изношенного оборудования годами откладывали.", ["w13"], [att("указывают")]),
            ],
            [
                ("В ереванском метро поезда встали в тоннелях, и спасателям пришлось эвакуировать около трёх тысяч пассажиров.", ["w5"], [mv("evacuation", "эвакуировать")]),
                ("По данным армянских СМИ, столица оставалась без света почти восемь часов, а в ряде сёл электричество дали только утром.", ["w4"], [att("По данным")]),
                ("Больницы перешли на резервные генераторы, однако в одной из клиник Гюмри генератор, как сообщается, так и не запустился.", ["w8"], [("hedge", "hearsay", "как сообщается")]),
                ("Первым на помощь пришёл Иран: по линии через Мегри в Армению поступило около 300 мегаватт.", ["w9"], []),
            ],
            [
                ("Официальный представитель МИД России Мария Захарова заявила, что Москва готова направить в Армению специалистов и оборудование.", ["w17"], [att("заявила")]),
                ("«Энергосистему Армении строили вместе с Россией, и лучше нас её никто не знает», — добавила она.", ["w17"], [att("добавила")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев назвал абсурдными любые намёки на причастность Баку.", ["w16"], [att("назвал")]),
            ],
            [
                ("Напомним, что в 2015 году повышение тарифов на электроэнергию вывело на улицы Еревана тысячи протестующих.", [], []),
                ("Армянская АЭС обеспечивает около трети выработки электроэнергии в стране, а ядерное топливо для неё поставляет Россия.", [], []),
            ],
        ],
    },
    "az-korpu.txt": {
        "header": " date 2026-01-21 (Körpü)",
        "paragraphs": [
            [("Hikmət Hacıyev: İrəvan öz səhlənkarlığını ört-basdır etmək üçün yenə xarici düşmən axtarır", ["w16"], [])],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev Ermənistanda baş verən genişmiqyaslı elektrik kəsintisini Azərbaycanla əlaqələndirmək cəhdlərini absurd adlandırıb.", ["w16"], [att("adlandırıb")]),
                ("Onun sözlərinə görə, İrəvan öz səhlənkarlığını ört-basdır etmək üçün yenə də xarici düşmən axtarır.", ["w16"], [att("sözlərinə görə")]),
            ],
            [
                ("Yanvarın 20-də axşam saatlarında İrəvan yaxınlığındakı Dzoraxbyur yarımstansiyasında baş verən yanğın nəticəsində Ermənistanın böyük hissəsi elektrik enerjisi olmadan qalıb.", ["w1", "w3"], []),
                ("Yerli mənbələrin məlumatına görə, əhalinin 80 faizindən çoxu 7 saatdan artıq işıqsız qalıb.", ["w3", "w4"], [att("məlumatına görə")]),
                ("Qəza nəticəsində Metsamor Atom Elektrik Stansiyasının reaktoru da avtomatik olaraq dayanıb.", ["w2"], []),
                ("İrəvan metrosunda tunellərdə ilişib qalan qatarlardan sərnişinlər təxliyə olunub, şəhərin bir çox məhəlləsində isə su təchizatı dayanıb.", ["w5", "w7"], [mv("evacuation", "təxliyə olunub")]),
                ("Ermənistan enerji sistemini yenidən işə salmaq üçün İran və Gürcüstandan təcili elektrik enerjisi almaq məcburiyyətində qalıb.", ["w9", "w10"], []),
            ],
            [
                ("Elektrik şəbəkəsini idarə edən “ArmGrid” şirkəti qəzanı hələ 1979-cu ildə quraşdırılmış transformatorda baş verən qısa qapanma ilə izah edib.", ["w11"], [att("izah edib")]),
                ("Erməni ekspertlər də köhnəlmiş avadanlığın illərdir dəyişdirilmədiyini etiraf edirlər.", ["w13"], [att("etiraf edirlər")]),
                ("Buna baxmayaraq, Ermənistan Milli Təhlükəsizlik Xidməti “diversiya” maddəsi ilə cinayət işi başladıb.", ["w12"], [("scare-quote", "distancing", "“diversiya”"), ("loaded", "contested", "diversiya")]),
                ("Ermənistan Təhlükəsizlik Şurasının katibi Armen Qriqoryan isə “xarici müdaxilə” ehtimalının istisna olunmadığını iddia edib.", ["w12"], [("scare-quote", "distancing", "“xarici müdaxilə”"), doubt("iddia edib")]),
            ],
            [
                ("Şübhəsiz, Sovet dövründən qalma Metsamor AES bütün region üçün real təhlükə olaraq qalır.", ["w19"], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, Azərbaycan uzun illərdir beynəlxalq təşkilatları bu stansiyanı bağlamağa çağırır.", [], []),
            ],
        ],
    },
    "hy-kaghaki-dzayn.txt": {
        "header": " date 2026-01-21 (Քաղաքի ձայն)",
        "paragraphs": [
            [("Հայաստանի մեծ մասը մնաց առանց լույսի, փորձագետները մեղադրում են «ԱրմԳրիդին» անփութության մեջ", ["w3", "w13"], [att("մեղադրում են")])],
            [
                ("Հունվարի 20-ին՝ ժամը 18:37-ին, հրդեհ է բռնկվել Կոտայքի մարզի Ձորաղբյուրի 220 կիլովոլտանոց ենթակայանում։", ["w1"], []),
                ("Մի քանի րոպե անց ցանցի պաշտպանական համակարգերն անջատել են երկրի խոշոր էլեկտրակայանները, այդ թվում՝ Մեծամորի ատոմակայանը։", ["w2"], []),
                ("Առանց էլեկտրաէներգիայի է մնացել շուրջ 750 հազար բաժանորդ, իսկ Սյունիքը և հարավային մի քանի համայնքներ գրեթե չեն տուժել։", ["w3"], []),
            ],
            [
                ("Երևանի կենտրոնում լույսը վերադարձել է մոտ հինգ ժամ անց, սակայն մարզերի որոշ գյուղեր ցրտին առանց էլեկտրականության են մնացել մինչև առավոտ։", ["w4"], []),
                ("Մետրոյի վեց գնացքից թունելներով տարհանվել է շուրջ 1200 ուղևոր։", ["w5"], [mv("evacuation", "տարհանվել")]),
                ("Պոմպակայանների կանգի պատճառով բազմահարկ շենքերի վերին հարկերում ջուր չի եղել մինչև չորեքշաբթի առավոտ։", ["w7"], []),
                ("Ցանցը վերագործարկելու համար Իրանը Մեղրիի գծով տրամադրել է 250, իսկ Վրաստանը՝ 120 մեգավատ վթարային հզորություն։", ["w9", "w10"], []),
            ],
            [
                ("«ԱրմԳրիդ» ընկերության տնօրեն Կարեն Ավետիսյանը պնդում է, թե հրդեհի պատճառը 1979 թվականին տեղադրված տրանսֆորմատորում կարճ միացումն է, որը չի դիմացել մինուս 15 աստիճան ցրտին գրեթե ռեկորդային ծանրաբեռնվածությանը։", ["w11"], [doubt("պնդում է")]),
                ("Էներգետիկ անվտանգության ինստիտուտի ղեկավար Վահե Դանիելյանի խոսքով՝ 47-ամյա տրանսֆորմատորը պետք է փոխարինվեր դեռ 2021 թվականին, սակայն ընկերությունն ամեն տարի հետաձգել է աշխատանքները։", ["w13"], [att("խոսքով")]),
                ("Նրա կարծիքով՝ պատասխանատվություն են կրում նաև կառավարությունն ու կարգավորող հանձնաժողովը, որոնք տարիներ շարունակ աչք են փակել դրա վրա։", ["w13"], [att("կարծիքով")]),
                ("Իշխանությունները, սակայն, նախընտրում են խոսել «դիվերսիայի» մասին։", ["w12"], [att("խոսել"), ("scare-quote", "distancing", "«դիվերսիայի»"), ("loaded", "contested", "դիվերսիայի")]),
                ("ԱԱԾ-ն դիվերսիայի հոդվածով քրեական վարույթ է նախաձեռնել, իսկ Անվտանգության խորհրդի քարտուղար Արմեն Գրիգորյանը չի բացառել արտաքին միջամտությունը։", ["w12"], [att("չի բացառել"), ("loaded", "contested", "դիվերսիայի")]),
            ],
            [
                ("Չորեքշաբթի կառավարությունը մինչև քննության ավարտը ժամանակավորապես պաշտոնից հեռացրել է Ավետիսյանին, իսկ վարչապետ Նիկոլ Փաշինյանը հանձնարարել է ստուգել երկրի բոլոր բարձրավոլտ ենթակայանները։", ["w15", "w14"], []),
                ("Ընդդիմադիր խմբակցությունները պահանջում են արտահերթ խորհրդարանական լսումներ հրավիրել։", [], []),
                ("Թուրքիայի և Ադրբեջանի շրջափակման պայմաններում Հայաստանը էլեկտրաէներգիա կարող է ներկրել միայն Իրանից և Վրաստանից։", ["w18"], [("loaded", "hy-frame", "շրջափակման")]),
            ],
        ],
    },
    "tr-ufuk-hatti.txt": {
        "header": " date 2026-01-21 (Ufuk Hattı)",
        "paragraphs": [
            [("Ermenistan'da büyük elektrik kesintisi: Metsamor nükleer santrali devre dışı kaldı", ["w3", "w2"], [])],
            [
                ("Erivan yakınlarındaki bir trafo merkezinde salı akşamı saat 18:40 sıralarında çıkan yangın, Ermenistan'ın büyük bölümünü karanlığa gömdü.", ["w1", "w3"], []),
                ("Yaklaşık 2 milyon kişiyi etkileyen kesinti, başkentte yaklaşık yedi saat sürdü.", ["w3", "w4"], []),
                ("Bölgede uzun süredir güvenlik kaygılarına yol açan Metsamor Nükleer Santrali de otomatik olarak devre dışı kaldı.", ["w2", "w19"], []),
            ],
            [
                ("Erivan metrosunda seferler durdu, tünellerde mahsur kalan yolcular tahliye edildi.", ["w5"], [mv("evacuation", "tahliye edildi")]),
                ("Elektrikli trenler de yolda kaldı, hastaneler ise jeneratörlerle çalıştı.", ["w6", "w8"], []),
                ("Ermenistan, şebekeyi yeniden çalıştırmak için İran'dan ve Gürcistan'dan acil elektrik almak zorunda kaldı.", ["w9", "w10"], []),
            ],
            [
                ("Şebeke işletmecisi ArmGrid, yangına 1979 yapımı bir transformatördeki kısa devrenin yol açtığını açıkladı.", ["w11"], [att("açıkladı")]),
                ("Ermeni uzmanlar da şebekenin yıllardır bakımsız bırakıldığına dikkat çekiyor.", ["w13"], [att("dikkat çekiyor")]),
                ("Buna rağmen Ermeni yetkililer olayın arkasında “sabotaj” olabileceğini iddia ediyor.", ["w12"], [("scare-quote", "distancing", "“sabotaj”"), doubt("iddia ediyor"), ("loaded", "contested", "sabotaj")]),
                ("Ermenistan Güvenlik Konseyi Sekreteri Armen Grigoryan, dış müdahale ihtimalini göz ardı etmediklerini söyledi.", ["w12"], [att("söyledi")]),
            ],
            [
                ("Azerbaycan Cumhurbaşkanlığı Dış Politika Başdanışmanı Hikmet Hacıyev, Azerbaycan'ı olayla ilişkilendirme girişimlerini absürt olarak nitelendirdi.", ["w16"], [att("nitelendirdi")]),
                ("Hacıyev, Erivan'ın kendi ihmalini örtbas etmek için yine dış düşman aradığını vurguladı.", ["w16"], [att("vurguladı")]),
            ],
            [
                ("Türkiye ile Ermenistan arasındaki kara sınırı 1993'ten bu yana kapalı.", [], []),
                ("İki ülke arasında 2022'de başlayan normalleşme görüşmeleri ise sürüyor.", [], []),
            ],
        ],
    },
    "fr-lanterne-du-caucase.txt": {
        "header": " date 2026-01-22 (La Lanterne du Caucase)",
        "paragraphs": [
            [("Black-out en Arménie : Erevan évoque un sabotage, l'opposition accuse l'opérateur du réseau", ["w3", "w12", "w13"], [att("évoque"), att("accuse"), ("loaded", "contested", "sabotage")])],
            [
                ("Les deux tiers de l'Arménie ont été privés d'électricité mardi soir, après un incendie survenu vers 18 h 40 dans le poste électrique de Dzoraghbyur, aux portes d'Erevan.", ["w3", "w1"], []),
                ("Il a fallu plus de six heures pour rétablir le courant dans la capitale.", ["w4"], []),
                ("Mis à l'arrêt par les systèmes de protection du réseau, le réacteur de la centrale nucléaire de Metsamor devrait redémarrer d'ici la fin de la semaine.", ["w2"], [("hedge", "uncertain", "devrait")]),
            ],
            [
                ("Des centaines de voyageurs ont dû être évacués à pied par les tunnels du métro d'Erevan.", ["w5"], [mv("evacuation", "évacués")]),
                ("Dans la nuit, des files d'attente se sont formées devant les rares stations-service équipées de groupes électrogènes.", [], []),
                ("Pour relancer le réseau, l'Iran a fourni près de 300 mégawatts et la Géorgie environ 150.", ["w9", "w10"], []),
            ],
            [
                ("Selon l'opérateur du réseau, ArmGrid, un court-circuit dans un transformateur vieux de près d'un demi-siècle, surchargé par une consommation record par moins 16 degrés, serait à l'origine de l'incendie.", ["w11"], [att("Selon"), ("hedge", "hearsay", "serait")]),
                ("Le Service de sécurité nationale d'Arménie a toutefois ouvert une enquête pour sabotage.", ["w12"], [("loaded", "contested", "sabotage")]),
                ("« Nous n'excluons aucune piste, y compris celle d'une ingérence extérieure », a déclaré Armen Grigorian, secrétaire du Conseil de sécurité.", ["w12"], [att("a déclaré")]),
                ("Pour l'opposition, la cause est ailleurs : ArmGrid aurait repoussé chaque année depuis 2021 le remplacement de ce transformateur.", ["w13"], [att("Pour l'opposition"), ("hedge", "hearsay", "aurait")]),
                ("Mercredi, le gouvernement de Nikol Pachinian a suspendu le directeur d'ArmGrid, Karen Avetissian, le temps de l'enquête.", ["w15"], []),
            ],
            [
                ("À Bakou, Hikmet Hajiyev, conseiller du président Ilham Aliyev, a jugé « absurde » toute allusion à un rôle de l'Azerbaïdjan.", ["w16"], [att("a jugé"), ("scare-quote", "distancing", "« absurde »")]),
                ("Moscou s'est dite prête, par la voix de Maria Zakharova, à envoyer des techniciens et du matériel.", ["w17"], []),
                ("Arrêté après le séisme de 1988, le réacteur de Metsamor avait été relancé en 1995.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (x), held out: a mass food poisoning at the Arevik children's summer camp in the forest
# near Dilijan (Tavush) on the evening of Sunday 12 July 2026: dozens of children in hospital in
# Dilijan and Ijevan, the most serious moved to Yerevan; salmonella in a chicken salad by the
# first tests; the Food Safety Inspection Body finds a broken refrigerator and cooks without
# health certificates; the camp closed, a criminal case and the director detained; the company
# blames its supplier, parents say the staff waited hours before calling ambulances; the deputy
# health minister visits, Pashinyan orders all camps inspected. Written without looking at the
# concept lexicon, the cue lexicons or the aligner. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_X = {
    "x1": "On Sunday evening 12 July, after dinner, children at the Arevik summer camp in the forest near Dilijan in Tavush province began falling ill with vomiting, stomach pains and fever: a mass food poisoning (en: from about 22:00; hy: around 21:30; ru: in the night)",
    "x2": "Dozens of children were taken to hospital (en: 47; es: almost fifty; ru: 52; az: more than 60, by local sources; hy: 44 children and three staff; tr: at least 50, by the press; fr: about forty)",
    "x3": "The children were treated in hospitals in Dilijan and Ijevan, and the most serious cases were moved to the Nork infectious diseases hospital in Yerevan (en: six; ru: eight; hy, fr: five; es: no number)",
    "x4": "The health ministry said no child's life was in danger (az: doubted)",
    "x5": "About 180 children aged 8 to 14 were at the camp's second shift, which began on 5 July (ru: about two hundred; hy: 176)",
    "x6": "The first laboratory tests found salmonella, in samples from the children and in a chicken salad served at Sunday's dinner (es: the most likely cause; ru, hy, tr: preliminary; fr: hearsay conditional)",
    "x7": "Inspectors of the Food Safety Inspection Body found violations in the camp's kitchen: a broken refrigerator (en: meat kept at room temperature) and cooks without valid health certificates",
    "x8": "The camp was closed on Monday and the children who had not fallen ill went home with their parents",
    "x9": "Armenia's Investigative Committee opened a criminal case for breach of sanitary rules",
    "x10": "The camp's director Levon Ghazaryan was detained on Monday evening (en, hy: with the head cook; es, ru, az, tr: agentless; fr: hearsay conditional)",
    "x11": "The company running the camp blames a supplier in Yerevan for delivering spoiled chicken and says the camp passed an inspection in June (ru, az, hy: doubted; fr: hearsay conditional)",
    "x12": "Parents say the staff waited hours before calling ambulances (en: more than three; ru: almost four; hy: about five), telling the children it was sunstroke (en, ru, hy); a mother says she learned of it from her child, not from the camp (en, ru, hy, fr)",
    "x13": "Parents gathered outside the hospital in Dilijan to demand answers and punishment for those responsible (es, az: dozens; hy: about a hundred; tr: many)",
    "x14": "Deputy Health Minister Lusine Harutyunyan visited the children in hospital and said those responsible would answer for it",
    "x15": "Prime Minister Nikol Pashinyan ordered inspections of all children's summer camps in the country (en: about 120; az: nearly 140; fr: more than a hundred)",
    "x16": "By Wednesday many of the children had been discharged (ru: more than half; hy: 31; fr: about thirty)",
    "x17": "Dilijan, a forest resort surrounded by a national park and known as Armenia's Switzerland, has hosted children's camps since Soviet times",
}

ARTICLES_X = {
    "en-cedar-post.txt": {
        "header": " date 2026-07-14 (The Cedar Post)",
        "paragraphs": [
            [("Dozens of children in hospital after mass food poisoning at Armenian summer camp", ["x1", "x2"], [])],
            [
                ("Forty-seven children were taken to hospital after falling ill at a summer camp in the forests near Dilijan, in Armenia's northern Tavush province, the health ministry said on Monday.", ["x1", "x2"], [att("said")]),
                ("The first of them began vomiting and complaining of stomach pains at about 22:00 on Sunday, a few hours after dinner.", ["x1"], []),
            ],
            [
                ("Most were treated in hospitals in Dilijan and Ijevan, but six were transferred overnight to the Nork infectious diseases hospital in Yerevan.", ["x3"], []),
                ("The ministry said none of the children was in a life-threatening condition.", ["x4"], [att("said")]),
                ("About 180 children aged between 8 and 14 were attending the camp's second shift, which began on 5 July.", ["x5"], []),
            ],
            [
                ("Laboratory tests found salmonella in samples taken from the children and in a chicken salad served at Sunday's dinner, the ministry said on Tuesday.", ["x6"], [att("said")]),
                ("Inspectors from the Food Safety Inspection Body found a broken refrigerator in the camp's kitchen, meat kept at room temperature and cooks without valid health certificates.", ["x7"], []),
            ],
            [
                ("The camp, called Arevik, was closed on Monday, and parents drove in from Yerevan and other towns to take the remaining children home.", ["x8"], []),
                ("Armenia's Investigative Committee opened a criminal case for breach of sanitary rules, and investigators detained the camp's director, Levon Ghazaryan, and its head cook on Monday evening.", ["x9", "x10"], []),
                ("Several parents said staff had waited more than three hours before calling ambulances, telling the sick children they had simply had too much sun.", ["x12"], [att("said"), att("telling")]),
                ("“My daughter called me at midnight in tears, and the camp still hadn't called a doctor,” said Anahit Mkrtchyan, whose ten-year-old is in hospital in Ijevan.", ["x12"], [att("said")]),
            ],
            [
                ("Prime Minister Nikol Pashinyan ordered inspections of all of the country's roughly 120 children's summer camps before the next shifts begin.", ["x15"], []),
            ],
            [
                ("Dilijan, a spa town surrounded by a national park, has been a favourite place for children's camps since Soviet times and is often called Armenia's Switzerland.", ["x17"], []),
                ("Salmonella bacteria multiply quickly in food left without refrigeration in hot weather.", [], []),
            ],
        ],
    },
    "es-faro-de-los-bosques.txt": {
        "header": " date 2026-07-14 (El Faro de los Bosques)",
        "paragraphs": [
            [("Casi medio centenar de niños, hospitalizados por una intoxicación alimentaria en un campamento de Armenia", ["x1", "x2"], [])],
            [
                ("Casi medio centenar de niños tuvieron que ser hospitalizados entre el domingo por la noche y el lunes tras intoxicarse en un campamento de verano situado en los bosques de Dilijan, en la provincia armenia de Tavush.", ["x1", "x2"], []),
                ("En el campamento, llamado Arevik, pasaban el segundo turno del verano 180 niños de entre 8 y 14 años.", ["x5"], []),
            ],
            [
                ("Los vómitos, la fiebre y los dolores de estómago empezaron pocas horas después de la cena del domingo.", ["x1"], []),
                ("Los menores fueron trasladados a los hospitales de Dilijan y de Ijevan, y los casos más graves, a un hospital de enfermedades infecciosas de Ereván.", ["x3"], []),
                ("Según los primeros análisis, la causa más probable es la salmonela hallada en una ensalada de pollo que se sirvió en esa cena.", ["x6"], [att("Según"), ("hedge", "uncertain", "probable")]),
                ("La empresa que gestiona el campamento culpa a un proveedor de Ereván de haber entregado pollo en mal estado y asegura que las instalaciones superaron una inspección en junio.", ["x11"], [att("culpa"), att("asegura")]),
            ],
            [
                ("El lunes, las autoridades sanitarias cerraron el campamento y los niños que no habían enfermado volvieron a casa con sus padres.", ["x8"], []),
                ("El Comité de Investigación abrió una causa penal por infracción de las normas sanitarias.", ["x9"], []),
                ("El director del campamento, Levon Ghazarián, fue detenido esa misma noche.", ["x10"], [("agency", "agentless", "fue detenido")]),
            ],
            [
                ("Decenas de padres se concentraron ante el hospital de Dilijan para exigir explicaciones.", ["x13"], []),
                ("«Nadie nos dice qué comieron nuestros hijos ni quién va a responder por esto», se quejaba una madre llegada desde Ereván.", ["x13"], [att("se quejaba")]),
            ],
            [
                ("Dilijan, rodeada de bosques y de un parque nacional, es conocida como la «Suiza armenia» y acoge campamentos infantiles desde la época soviética.", ["x17"], []),
                ("En Armenia, las vacaciones escolares se prolongan hasta el 1 de septiembre, cuando empieza el curso.", [], []),
            ],
        ],
    },
    "ru-kavkazskie-vesti.txt": {
        "header": " date 2026-07-15 (Кавказские вести)",
        "paragraphs": [
            [("Массовое отравление в детском лагере под Дилижаном: директор задержан, больше половины детей уже выписаны", ["x1", "x10", "x16"], [("agency", "agentless", "задержан")])],
            [
                ("В ночь на понедельник в детском лагере «Аревик» в лесу под Дилижаном, в Тавушской области Армении, дети один за другим начали жаловаться на боли в животе, рвоту и высокую температуру.", ["x1"], []),
                ("По данным Минздрава Армении, в больницы были доставлены 52 ребёнка, восьмерых в тяжёлом состоянии перевезли в Ереван, в инфекционную больницу «Норк».", ["x2", "x3"], [att("По данным")]),
                ("Всего в лагере отдыхали около двухсот детей в возрасте от 8 до 14 лет.", ["x5"], []),
            ],
            [
                ("По предварительным данным, причиной отравления стала сальмонелла, обнаруженная в курином салате, который подавали на ужин в воскресенье.", ["x6"], [("hedge", "uncertain", "По предварительным данным")]),
                ("Инспекторы Инспекционного органа по безопасности пищевых продуктов нашли на кухне неисправный холодильник, а у поваров не оказалось действующих медицинских книжек.", ["x7"], []),
                ("Руководство лагеря утверждает, что испорченную курятину поставил ереванский поставщик, а сам лагерь в июне прошёл все проверки.", ["x11"], [doubt("утверждает")]),
            ],
            [
                ("Следственный комитет возбудил уголовное дело о нарушении санитарных правил, директор лагеря Левон Казарян задержан.", ["x9", "x10"], [("agency", "agentless", "задержан")]),
                ("Родители пострадавших говорят, что скорую вызвали почти через четыре часа после первых жалоб, а вожатые, как сообщается, уверяли детей, что это обычный солнечный удар.", ["x12"], [att("говорят"), ("hedge", "hearsay", "как сообщается"), att("уверяли")]),
                ("«Мы узнали обо всём от детей, а не от лагеря», — рассказала нашему корреспонденту мать одной из девочек.", ["x12"], [att("рассказала")]),
            ],
            [
                ("Заместитель министра здравоохранения Лусине Арутюнян, навестившая детей в больнице Дилижана, пообещала, что виновные ответят по закону.", ["x14"], []),
                ("К среде больше половины детей выписали домой.", ["x16"], []),
            ],
            [
                ("В России детские лагеря перед открытием каждой смены проверяет Роспотребнадзор, а сотрудники пищеблоков обязаны проходить медосмотр и иметь санитарные книжки.", [], []),
            ],
        ],
    },
    "az-el-sozu.txt": {
        "header": " date 2026-07-14 (El sözü)",
        "paragraphs": [
            [("Ermənistanda uşaq düşərgəsində kütləvi zəhərlənmə: 60-dan çox uşaq xəstəxanaya yerləşdirilib", ["x1", "x2"], [])],
            [
                ("Ermənistanın Tavuş vilayətində, Dilican yaxınlığındakı “Arevik” uşaq yay düşərgəsində bazar günü axşam yeməyindən sonra kütləvi qida zəhərlənməsi baş verib.", ["x1"], []),
                ("Yerli mənbələrin məlumatına görə, zəhərlənmə əlamətləri ilə 60-dan çox uşaq xəstəxanaya yerləşdirilib.", ["x2"], [att("məlumatına görə")]),
                ("Ermənistan Səhiyyə Nazirliyi isə uşaqların həyatı üçün təhlükə olmadığını iddia edir.", ["x4"], [doubt("iddia edir")]),
            ],
            [
                ("Valideynlərin sözlərinə görə, düşərgə əməkdaşları uşaqlarda ilk əlamətlər görünəndən saatlarla sonra təcili yardım çağırıblar.", ["x12"], [att("sözlərinə görə")]),
                ("Bazar ertəsi onlarla valideyn Dilican xəstəxanasının qarşısına toplaşaraq məsulların cəzalandırılmasını tələb edib.", ["x13"], []),
                ("Qida Təhlükəsizliyi Təftiş Orqanının yoxlaması zamanı düşərgənin mətbəxində soyuducunun işləmədiyi, aşpazların isə etibarlı tibbi arayışlarının olmadığı aşkar edilib.", ["x7"], []),
            ],
            [
                ("Düşərgənin fəaliyyəti dayandırılıb, xəstələnməyən uşaqları valideynləri evə aparıb.", ["x8"], []),
                ("Ermənistanın İstintaq Komitəsi cinayət işi başladıb, düşərgənin direktoru Levon Qazaryan saxlanılıb.", ["x9", "x10"], [("agency", "agentless", "saxlanılıb")]),
                ("Düşərgəni idarə edən şirkət isə xarab toyuq ətinin İrəvandakı tədarükçüdən gəldiyini iddia edir.", ["x11"], [doubt("iddia edir")]),
            ],
            [
                ("Baş nazir Nikol Paşinyan ölkədəki 140-a yaxın uşaq düşərgəsinin hamısının yoxlanılmasını tapşırıb.", ["x15"], []),
                ("Şübhəsiz, bu hadisə Paşinyan hökumətinin uşaqların təhlükəsizliyinə belə nəzarət edə bilmədiyini bir daha göstərir.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, Tavuş vilayəti Azərbaycanın Qazax və Tovuz rayonları ilə həmsərhəddir.", [], []),
            ],
        ],
    },
    "hy-hyusisi-zang.txt": {
        "header": " date 2026-07-15 (Հյուսիսի զանգ)",
        "paragraphs": [
            [("Դիլիջանի ճամբարում սննդային թունավորումից հետո ծնողները պատասխան են պահանջում", ["x1", "x13"], [])],
            [
                ("Կիրակի երեկոյան՝ ժամը 21:30-ի սահմաններում, Դիլիջանի անտառում գտնվող «Արևիկ» ամառային ճամբարում երեխաները սկսել են գանգատվել որովայնի ցավից, սրտխառնոցից և ջերմությունից։", ["x1"], []),
                ("Առողջապահության նախարարության տվյալներով՝ հիվանդանոց է տեղափոխվել 44 երեխա և ճամբարի 3 աշխատակից։", ["x2"], [att("տվյալներով")]),
                ("Նրանցից հինգը ծանր վիճակում Իջևանից տեղափոխվել են Երևանի «Նորք» ինֆեկցիոն հիվանդանոց, սակայն, նախարարության խոսքով, երեխաների կյանքին վտանգ չի սպառնում։", ["x3", "x4"], [att("խոսքով")]),
            ],
            [
                ("Ճամբարի երկրորդ հերթափոխում, որը մեկնարկել էր հուլիսի 5-ին, հանգստանում էր 8-ից 14 տարեկան 176 երեխա։", ["x5"], []),
                ("Նախնական տվյալներով՝ թունավորման պատճառը կիրակի ընթրիքին մատուցված հավի մսով աղցանում հայտնաբերված սալմոնելան է։", ["x6"], [("hedge", "uncertain", "Նախնական տվյալներով")]),
                ("Սննդամթերքի անվտանգության տեսչական մարմնի տեսուչները ճամբարի խոհանոցում հայտնաբերել են անսարք սառնարան, իսկ խոհարարներից ոչ մեկը վավեր բժշկական գրքույկ չի ունեցել։", ["x7"], []),
            ],
            [
                ("Ծնողները պատմում են, որ աշխատակիցները շտապօգնություն են կանչել մոտ հինգ ժամ անց՝ երեխաներին համոզելով, թե դա արևահարություն է։", ["x12"], [att("պատմում են"), att("համոզելով")]),
                ("«Աղջիկս գիշերը զանգեց ու լացում էր, իսկ ճամբարից մեզ ոչ ոք չէր տեղեկացրել», — ասում է Երևանից ժամանած Անահիտ Մկրտչյանը։", ["x12"], [att("ասում է")]),
                ("Երկուշաբթի մոտ հարյուր ծնող հավաքվել էր Դիլիջանի բժշկական կենտրոնի մոտ՝ պահանջելով պատժել մեղավորներին։", ["x13"], []),
            ],
            [
                ("Ճամբարը շահագործող ընկերությունը պնդում է, թե փչացած հավի միսը մատակարարել է երևանյան մի ընկերություն, իսկ ճամբարը հունիսին անցել է ստուգում։", ["x11"], [doubt("պնդում է")]),
                ("Քննչական կոմիտեն ձերբակալել է ճամբարի տնօրեն Լևոն Ղազարյանին և գլխավոր խոհարարին։", ["x10"], []),
                ("Առողջապահության փոխնախարար Լուսինե Հարությունյանն այցելել է հիվանդանոցում գտնվող երեխաներին և հայտարարել, որ մեղավորները պատասխան են տալու։", ["x14"], [att("հայտարարել")]),
                ("Չորեքշաբթի առավոտյան հիվանդանոցից դուրս է գրվել 31 երեխա։", ["x16"], []),
            ],
            [
                ("Դիլիջանը Երևանից մոտ 100 կիլոմետր հեռավորության վրա է, և այնտեղ տանող ճանապարհն անցնում է Սևանա լճի ափով։", [], []),
            ],
        ],
    },
    "tr-yayla-haber.txt": {
        "header": " date 2026-07-14 (Yayla Haber)",
        "paragraphs": [
            [("Ermenistan'da çocuk kampında toplu gıda zehirlenmesi: En az 50 çocuk hastaneye kaldırıldı", ["x1", "x2"], [])],
            [
                ("Ermenistan'ın kuzeydoğusundaki Tavuş bölgesinde, Dilican yakınlarındaki bir yaz kampında pazar akşamı yemeğinden sonra çok sayıda çocukta gıda zehirlenmesi belirtileri görüldü.", ["x1"], []),
                ("Haberlere göre, en az 50 çocuk hastaneye kaldırıldı.", ["x2"], [att("Haberlere göre")]),
                ("Ermenistan Sağlık Bakanlığı, çocukların hayati tehlikesinin bulunmadığını açıkladı.", ["x4"], [att("açıkladı")]),
            ],
            [
                ("İlk laboratuvar bulgularına göre zehirlenmeye, pazar akşamı servis edilen tavuklu salatadaki salmonella bakterisi yol açtı.", ["x6"], [("hedge", "uncertain", "İlk laboratuvar bulgularına göre")]),
                ("Gıda Güvenliği Denetim Kurumu'nun incelemesinde kampın mutfağında bozuk bir buzdolabı bulunduğu, aşçıların ise geçerli sağlık belgelerinin olmadığı ortaya çıktı.", ["x7"], []),
                ("Kamp kapatıldı, hastalanmayan çocuklar aileleri tarafından evlerine götürüldü.", ["x8"], []),
            ],
            [
                ("Ermenistan Soruşturma Komitesi sağlık kurallarının ihlali gerekçesiyle ceza soruşturması başlattı, kamp müdürü Levon Gazaryan gözaltına alındı.", ["x9", "x10"], [("agency", "agentless", "gözaltına alındı")]),
                ("Çok sayıda veli, Dilican'daki hastanenin önünde toplanarak sorumluların cezalandırılmasını talep etti.", ["x13"], []),
            ],
            [
                ("Sağlık Bakan Yardımcısı Lusine Harutyunyan, hastanede çocukları ziyaret ederek sorumluların hesap vereceğini söyledi.", ["x14"], [att("söyledi")]),
                ("Başbakan Nikol Paşinyan ise ülkedeki tüm çocuk kamplarının denetlenmesi talimatını verdi.", ["x15"], []),
                ("Ermeni muhalefeti, denetimlerin ancak bir faciadan sonra gündeme gelmesini hükümetin başarısızlığı olarak nitelendirdi.", [], [att("nitelendirdi")]),
            ],
            [
                ("Sovyet döneminde inşa edilen Dilican Besteciler Evi, kasabanın en tanınmış yapılarından biri.", [], []),
            ],
        ],
    },
    "fr-messager-des-forets.txt": {
        "header": " date 2026-07-16 (Le Messager des forêts)",
        "paragraphs": [
            [("Intoxication alimentaire dans un camp de vacances en Arménie : Erevan fait inspecter tous les camps du pays", ["x1", "x15"], [])],
            [
                ("Une quarantaine d'enfants ont été hospitalisés après une intoxication alimentaire survenue dimanche soir dans le camp de vacances Arevik, dans les forêts qui entourent Dilijan, dans la province de Tavush.", ["x1", "x2"], []),
                ("Le camp accueillait 180 enfants de 8 à 14 ans pour sa deuxième session de l'été.", ["x5"], []),
            ],
            [
                ("Soignés d'abord à Dilijan et à Idjevan, cinq d'entre eux ont été transférés à l'hôpital des maladies infectieuses de Nork, à Erevan.", ["x3"], []),
                ("Mercredi, une trentaine d'enfants avaient déjà pu quitter l'hôpital.", ["x16"], []),
                ("Selon les premières analyses, une salade de poulet servie au dîner de dimanche serait contaminée par des salmonelles.", ["x6"], [att("Selon"), ("hedge", "hearsay", "serait")]),
            ],
            [
                ("La société qui exploite le camp met en cause un fournisseur d'Erevan, qui aurait livré du poulet avarié, et affirme que le camp avait passé une inspection en juin.", ["x11"], [att("met en cause"), ("hedge", "hearsay", "aurait"), att("affirme")]),
                ("Des parents affirment, de leur côté, que le personnel a attendu plusieurs heures avant d'appeler les secours.", ["x12"], [att("affirment")]),
                ("« Ma fille vomissait depuis des heures et personne ne nous avait prévenus », raconte une mère venue d'Erevan.", ["x12"], [att("raconte")]),
            ],
            [
                ("Le camp a été fermé lundi et les enfants qui n'étaient pas tombés malades ont été rendus à leurs familles.", ["x8"], []),
                ("Le Comité d'enquête a ouvert une procédure pénale pour violation des règles sanitaires, et le directeur du camp, Levon Ghazarian, aurait été interpellé lundi soir.", ["x9", "x10"], [("hedge", "hearsay", "aurait"), ("agency", "agentless", "interpellé")]),
                ("Le Premier ministre Nikol Pachinian a ordonné l'inspection de plus d'une centaine de camps pour enfants à travers le pays.", ["x15"], []),
            ],
            [
                ("Surnommée la « Suisse arménienne », Dilijan, entourée d'un parc national, attire depuis l'époque soviétique colonies de vacances et maisons de repos.", ["x17"], []),
                ("La ville abrite aussi depuis 2014 un lycée international du réseau United World Colleges, qui accueille des élèves venus de dizaines de pays.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (y), held out: on Thursday 15 October 2026 Armenia's Anti-Corruption Court in Yerevan
# sentences the former deputy defence minister Gurgen Nersisyan and two businessmen (Ashot
# Melkonyan, Davit Gasparyan, owners of the intermediary Aspar Trading) for embezzlement in the
# purchase of mortar rounds (bought at almost twice the market price) and 800 radios (paid in
# advance, never delivered) before the 2020 war; prosecutors' demand and words, the defence's
# denial and appeal, the confiscated property, Pashinyan, the opposition, the families of fallen
# soldiers, Baku's and Moscow's media, further cases. Written without looking at the concept
# lexicon, the cue lexicons or the aligner. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_Y = {
    "y1": "On Thursday 15 October Armenia's Anti-Corruption Court in Yerevan found the former deputy defence minister Gurgen Nersisyan guilty of embezzling state money in the purchase of military equipment before the 2020 war",
    "y2": "Nersisyan was sentenced to nine years in prison (ru: nine and a half; az: ten) and taken into custody in the courtroom (en, ru, tr)",
    "y3": "The two businessmen who supplied the equipment through their company Aspar Trading, Ashot Melkonyan and Davit Gasparyan, got seven and six years (ru: seven each; fr: seven and five)",
    "y4": "The sum embezzled: about 4.8 billion drams (en: about $12.4 million; es: more than $12 million; ru: almost 4.8 billion drams, about $12 million; az: more than $15 million, by Armenian media; hy: 4,830 million drams; tr: about $12 million; fr: some 11 million euros)",
    "y5": "Mortar rounds were bought through the intermediary at almost twice the market price (ru, az: by the investigators' account; fr: hearsay conditional)",
    "y6": "The ministry paid in advance (in 2019) for 800 military radios that were never delivered",
    "y7": "Prosecutors had asked for twelve years for Nersisyan (ru: 13; es: and nine for each businessman)",
    "y8": "Prosecutor Hovhannes Barseghyan told the court that because of the missing radios front-line units were left without communications in the 2020 war (en: some soldiers paid with their lives; az: 'admitted')",
    "y9": "Nersisyan denies guilt, saying the prices were set by a ministry commission and he only signed (en: the supplier held up the radios when the war broke out; hy, tr: doubted); his lawyer Tatevik Simonyan calls the verdict political (en, tr)",
    "y10": "The defence will appeal",
    "y11": "The court ordered the confiscation of Nersisyan's villa in Tsaghkadzor and flats in Yerevan (es: two flats and several cars; hy: three flats; fr: two flats)",
    "y12": "Prime Minister Nikol Pashinyan wrote on Facebook that those who stole from the army before the war stole from the soldiers who died, and presents the verdict as proof that his government is rooting out corruption in the army (ru, az, hy, tr: doubted)",
    "y13": "The opposition (the Armenia Alliance) calls the trial selective and says the government is using it to shift the blame for the 2020 defeat onto individual officials",
    "y14": "Parents of soldiers killed in the 2020 war gathered outside the court (es, hy: dozens) with their sons' portraits, calling the sentences too lenient",
    "y15": "In Baku, pro-government media and commentators say the case shows that corruption had rotted the Armenian army before its defeat in 2020",
    "y16": "Russian media and experts stress that the ammunition and radios were bought not from Russia but from intermediaries selling Eastern European products (ru, tr: Yerevan long complained about Russian supplies, yet its own officials robbed the army)",
    "y17": "The Anti-Corruption Committee is examining other defence contracts of those years and has charged more former officials (es: three; ru: five, about twenty contracts; hy: four; az: several contracts)",
}

ARTICLES_Y = {
    "en-keystone-dispatch.txt": {
        "header": " date 2026-10-15 (The Keystone Dispatch)",
        "paragraphs": [
            [("Armenian court jails former deputy defence minister for nine years over pre-war arms deals", ["y1", "y2"], [])],
            [
                ("A court in Yerevan on Thursday sentenced Gurgen Nersisyan, a former deputy defence minister of Armenia, to nine years in prison for embezzling money meant for ammunition and radios bought before the 2020 war.", ["y1", "y2"], []),
                ("Two businessmen who supplied the equipment, Ashot Melkonyan and Davit Gasparyan, received seven and six years respectively.", ["y3"], []),
                ("Nersisyan, who had been free on bail during the two-year trial, was taken into custody in the courtroom.", ["y2"], [("agency", "agentless", "was taken into custody")]),
            ],
            [
                ("According to the Anti-Corruption Court, the three men siphoned off about 4.8 billion drams, roughly $12.4 million, through contracts signed in 2019 and 2020.", ["y1", "y4"], [att("According to")]),
                ("Mortar rounds were bought through the businessmen's company, Aspar Trading, at almost twice the market price.", ["y5"], []),
                ("The ministry also paid in advance for 800 military radios that never arrived.", ["y6"], []),
            ],
            [
                ("“Because of these radios, units on the front line went into battle without reliable communications, and some of our soldiers paid for it with their lives,” prosecutor Hovhannes Barseghyan had told the court in his closing speech.", ["y8"], [att("told")]),
                ("Nersisyan denied the charges throughout, saying the prices had been approved by a ministry commission and that the supplier had held up the radios when the war broke out.", ["y9"], [att("denied"), att("saying")]),
                ("His lawyer, Tatevik Simonyan, said the verdict was politically motivated and that the defence would appeal.", ["y9", "y10"], [att("said")]),
            ],
            [
                ("Prime Minister Nikol Pashinyan wrote on Facebook that those who had stolen from the army before the war had stolen from the soldiers who died in it.", ["y12"], [att("wrote")]),
                ("The opposition Armenia Alliance accused the government of using the trial to shift the blame for the 2020 defeat away from the country's political leadership and onto individual officials.", ["y13"], [att("accused")]),
                ("In Azerbaijan, pro-government websites wrote that the case showed how corruption had hollowed out the Armenian army long before its defeat.", ["y15"], [att("wrote")]),
            ],
            [
                ("The six-week war in the autumn of 2020 ended with a Russian-brokered ceasefire under which Armenia also gave up three districts it still held around Nagorno-Karabakh.", [], [("loaded", "neutral", "ceasefire")]),
                ("About 3,800 Armenian soldiers were killed in the fighting.", [], [("agency", "agentless", "were killed"), ("loaded", "neutral", "fighting")]),
            ],
        ],
    },
    "es-pregon-de-oriente.txt": {
        "header": " date 2026-10-16 (El Pregón de Oriente)",
        "paragraphs": [
            [("Un tribunal armenio condena a un exviceministro de Defensa por desviar más de 12 millones de dólares destinados al Ejército", ["y1", "y4"], [])],
            [
                ("El Tribunal Anticorrupción de Ereván condenó el jueves a nueve años de cárcel al exviceministro de Defensa Gurguén Nersisián por malversar fondos públicos en la compra de material militar antes de la guerra de 2020.", ["y1", "y2"], []),
                ("Los dos empresarios que hicieron de intermediarios, Ashot Melkonián y Davit Gasparián, recibieron penas de siete y seis años.", ["y3"], []),
                ("Según la sentencia, entre los tres se quedaron con más de 12 millones de dólares.", ["y4"], [att("Según")]),
            ],
            [
                ("Decenas de familiares de soldados muertos en la guerra esperaban el fallo a las puertas del tribunal con retratos de sus hijos.", ["y14"], []),
                ("«Nueve años no son nada al lado de una vida», decía una madre que perdió a su hijo cerca de Yabrayil.", ["y14"], [att("decía")]),
                ("Buena parte del dinero correspondía a un lote de 800 radios militares que el ministerio pagó por adelantado en 2019 y que nunca llegó a los cuarteles.", ["y6"], []),
                ("La Fiscalía había pedido doce años para el exviceministro y nueve para cada uno de los empresarios.", ["y7"], []),
            ],
            [
                ("Nersisián, que niega los cargos, sostiene que los precios los fijó una comisión del ministerio y que él se limitó a firmar.", ["y9"], [att("niega"), att("sostiene")]),
                ("Su abogada anunció que recurrirá la sentencia.", ["y10"], [att("anunció")]),
                ("El tribunal ordenó además el decomiso de una villa en Tsaghkadzor, dos pisos en Ereván y varios coches de los condenados.", ["y11"], []),
            ],
            [
                ("El Comité Anticorrupción, que investigó el caso, revisa otros contratos de armamento firmados entre 2016 y 2020 y ya ha imputado a otros tres exfuncionarios.", ["y17"], []),
                ("En Moscú, varios medios subrayaron que ni la munición ni las radios se habían comprado en Rusia, sino a intermediarios que revendían productos de Europa del Este.", ["y16"], [att("subrayaron")]),
            ],
            [
                ("Armenia creó ese organismo en 2021, dentro de las reformas que el Gobierno de Nikol Pashinián había prometido tras la revolución pacífica de 2018.", [], []),
            ],
        ],
    },
    "ru-puls-kavkaza.txt": {
        "header": " date 2026-10-15 (Пульс Кавказа)",
        "paragraphs": [
            [("Суд в Ереване приговорил экс-замминистра обороны Армении к девяти с половиной годам за хищения при закупках перед войной 2020 года", ["y1", "y2"], [])],
            [
                ("Антикоррупционный суд Армении в четверг признал бывшего заместителя министра обороны Гургена Нерсисяна виновным в растрате в особо крупном размере и приговорил его к девяти с половиной годам лишения свободы.", ["y1", "y2"], []),
                ("Двое бизнесменов, Ашот Мелконян и Давид Гаспарян, через чью компанию «Аспар Трейдинг» шли поставки, получили по семь лет.", ["y3"], []),
                ("Нерсисян, до приговора находившийся под подпиской о невыезде, был взят под стражу прямо в зале суда.", ["y2"], [("agency", "agentless", "был взят под стражу")]),
            ],
            [
                ("По версии следствия, в 2019–2020 годах министерство закупало через посредников миномётные мины почти вдвое дороже рыночной цены, а за 800 радиостанций заплатило авансом, но так их и не получило.", ["y5", "y6"], [att("По версии следствия")]),
                ("Ущерб государству суд оценил почти в 4,8 млрд драмов, или примерно в 12 млн долларов.", ["y4"], [att("оценил")]),
                ("Обвинение просило для Нерсисяна 13 лет.", ["y7"], []),
            ],
            [
                ("Никол Пашинян поспешил представить приговор как доказательство того, что его правительство очищает армию от коррупции, оставшейся от прежних властей.", ["y12"], [doubt("поспешил")]),
                ("«Кто воровал у армии перед войной, тот воровал у погибших солдат», — написал премьер в Facebook.", ["y12"], [att("написал")]),
                ("Оппозиция, напротив, называет процесс показательным и указывает, что власти пытаются переложить ответственность за поражение 2020 года с политического руководства на отдельных чиновников.", ["y13"], [att("называет"), att("указывает")]),
            ],
            [
                ("Российские военные эксперты обращают внимание, что ни мины, ни радиостанции по этим контрактам не закупались в России: министерство предпочло посредников, торговавших продукцией восточноевропейских заводов.", ["y16"], [att("обращают внимание")]),
                ("«Годами в Ереване жаловались на российские поставки, а оказалось, что армию обворовывали собственные чиновники», — сказал нашему изданию военный аналитик Игорь Ковалёв.", ["y16"], [att("сказал")]),
                ("Антикоррупционный комитет, как сообщается, проверяет ещё около двадцати оборонных контрактов тех лет, а обвинения уже предъявлены пятерым бывшим сотрудникам министерства.", ["y17"], [("hedge", "hearsay", "как сообщается")]),
            ],
            [
                ("Напомним, что в феврале 2024 года Ереван заморозил своё участие в ОДКБ.", [], []),
            ],
        ],
    },
    "az-senger.txt": {
        "header": " date 2026-10-15 (Səngər)",
        "paragraphs": [
            [("İrəvanda məhkəmə Ermənistan müdafiə nazirinin keçmiş müavinini 10 il həbsə məhkum edib", ["y1", "y2"], [])],
            [
                ("Ermənistanın Korrupsiyaya Qarşı Məhkəməsi 44 günlük Vətən müharibəsindən əvvəl hərbi təchizat alışı zamanı dövlət vəsaitini mənimsəməkdə təqsirli bilinən keçmiş müdafiə nazirinin müavini Qurgen Nersisyanı 10 il müddətinə azadlıqdan məhrum edib.", ["y1", "y2"], [("loaded", "az-frame", "Vətən müharibəsindən")]),
                ("Eyni işdə təqsirli bilinən iş adamları Aşot Melkonyan və Davit Qasparyan isə müvafiq olaraq 7 və 6 il həbs cəzası alıb.", ["y3"], []),
                ("Erməni mediasının məlumatına görə, mənimsənilən vəsaitin həcmi 15 milyon dollardan çoxdur.", ["y4"], [att("məlumatına görə")]),
            ],
            [
                ("İstintaqın məlumatına görə, Ermənistan Müdafiə Nazirliyi minaatan minalarını vasitəçi şirkət vasitəsilə bazar qiymətindən təxminən iki dəfə baha alıb.", ["y5"], [att("məlumatına görə")]),
                ("Bundan əlavə, pulu əvvəlcədən ödənilmiş 800 hərbi ratsiya orduya heç vaxt çatdırılmayıb.", ["y6"], []),
                ("Prokuror Ovanes Barseqyan məhkəmədə etiraf edib ki, bunun nəticəsində 2020-ci ildə cəbhə xəttindəki erməni bölmələri rabitəsiz qalıb.", ["y8"], [att("etiraf edib")]),
            ],
            [
                ("Azərbaycanlı hərbi ekspert Elnur Qasımlı saytımıza bildirib ki, bu məhkəmə prosesi Ermənistan ordusunun müharibədən əvvəl korrupsiyadan necə çürüdüyünü açıq-aydın göstərir.", ["y15"], [att("bildirib")]),
                ("Şübhəsiz, Azərbaycan Ordusu qələbəni ilk növbədə əsgərlərinin qəhrəmanlığı sayəsində qazanıb, lakin düşmən ordusundakı bu çürümə də onun məğlubiyyətinin səbəblərindən biri olub.", ["y15"], [("booster", "booster", "Şübhəsiz")]),
                ("Paşinyan isə hökumətinin orduda korrupsiyanın kökünü kəsdiyini iddia edir.", ["y12"], [doubt("iddia edir")]),
            ],
            [
                ("Məhkəmə binası qarşısına toplaşan həlak olmuş erməni hərbçilərinin valideynləri cəzaların yüngül olduğunu deyərək etiraz ediblər.", ["y14"], [att("deyərək")]),
                ("Ermənistanın Korrupsiyaya Qarşı Komitəsi həmin illərdə bağlanmış daha bir neçə müdafiə müqaviləsinin araşdırıldığını açıqlayıb.", ["y17"], [att("açıqlayıb")]),
                ("Xatırladaq ki, Şuşanın azad edildiyi 8 noyabr Azərbaycanda Zəfər Günü kimi qeyd olunur.", [], [("loaded", "az-frame", "azad edildiyi")]),
            ],
        ],
    },
    "hy-ditaket.txt": {
        "header": " date 2026-10-16 (Դիտակետ)",
        "paragraphs": [
            [("Նախկին փոխնախարարին՝ 9 տարի ազատազրկում, զոհվածների ծնողները պատիժը մեղմ են համարում", ["y1", "y2", "y14"], [att("համարում")])],
            [
                ("Հակակոռուպցիոն դատարանը հինգշաբթի պաշտպանության նախկին փոխնախարար Գուրգեն Ներսիսյանին մեղավոր է ճանաչել առանձնապես խոշոր չափերի յուրացման մեջ և դատապարտել 9 տարվա ազատազրկման։", ["y1", "y2"], []),
                ("«Ասպար թրեյդինգ» ընկերության սեփականատերեր Աշոտ Մելքոնյանն ու Դավիթ Գասպարյանը ստացել են համապատասխանաբար 7 և 6 տարվա ազատազրկում։", ["y3"], []),
                ("Դատավճռի համաձայն՝ նրանք պետությանը պատճառել են 4 միլիարդ 830 միլիոն դրամի վնաս։", ["y4"], [att("Դատավճռի համաձայն")]),
            ],
            [
                ("Դատարանի շենքի մոտ 44-օրյա պատերազմում զոհված զինվորների մի քանի տասնյակ ծնողներ էին հավաքվել՝ որդիների լուսանկարները ձեռքներին։", ["y14"], []),
                ("«Տղաս Ջրականի մոտ զոհվեց, իսկ նրանց դիրքում գործող ռացիա անգամ չկար», — ասում է Գայանե Պետրոսյանը։", ["y14"], [att("ասում է")]),
                ("Ըստ մեղադրանքի՝ պաշտպանության նախարարությունը 2019 թվականին կանխավճարով վճարել էր 800 զինվորական ռացիայի համար, որոնք այդպես էլ չհասան զորամասեր։", ["y6"], [att("Ըստ մեղադրանքի")]),
                ("Դատախազ Հովհաննես Բարսեղյանը եզրափակիչ ճառում ասել էր, որ դրա հետևանքով պատերազմի ժամանակ առաջնագծի ստորաբաժանումները մնացել են առանց կապի։", ["y8"], [att("ասել էր")]),
                ("Մեղադրող կողմը Ներսիսյանի համար պահանջել էր 12 տարի։", ["y7"], []),
            ],
            [
                ("Ներսիսյանը մեղքը չի ընդունում և պնդում է, թե գները սահմանել է նախարարության հանձնաժողովը, իսկ ինքը միայն ստորագրել է։", ["y9"], [att("չի ընդունում"), doubt("պնդում է")]),
                ("Դատարանը որոշել է բռնագանձել Ներսիսյանի առանձնատունը Ծաղկաձորում և երեք բնակարան Երևանում։", ["y11"], []),
            ],
            [
                ("Վարչապետ Նիկոլ Փաշինյանը ֆեյսբուքյան գրառմամբ պնդում է, թե դատավճիռն ապացուցում է՝ կառավարությունը բանակում կոռուպցիայի դեմ պայքարը կիսատ չի թողնում։", ["y12"], [doubt("պնդում է")]),
                ("Ընդդիմադիր «Հայաստան» դաշինքը դատավարությունը որակել է «ընտրովի արդարադատություն»՝ նշելով, որ իշխանությունը փորձում է 2020-ի պարտության պատասխանատվությունը բարդել առանձին պաշտոնյաների վրա։", ["y13"], [att("որակել է"), ("scare-quote", "distancing", "«ընտրովի արդարադատություն»"), att("նշելով")]),
                ("Հակակոռուպցիոն կոմիտեի հաղորդմամբ՝ նույն տարիների զենքի գնումների գործով մեղադրանք է առաջադրվել ևս չորս նախկին պաշտոնյայի։", ["y17"], [att("հաղորդմամբ")]),
            ],
            [
                ("44-օրյա պատերազմում զոհվածներից շատերը հանգչում են Եռաբլուր զինվորական պանթեոնում։", [], []),
            ],
        ],
    },
    "tr-gecit-gazetesi.txt": {
        "header": " date 2026-10-16 (Geçit Gazetesi)",
        "paragraphs": [
            [("Ermenistan'da eski savunma bakan yardımcısına yolsuzluktan 9 yıl hapis", ["y1", "y2"], [])],
            [
                ("Ermenistan'da Yolsuzlukla Mücadele Mahkemesi, 2020'deki İkinci Karabağ Savaşı öncesinde yapılan askeri alımlarda zimmete para geçirme suçundan eski Savunma Bakan Yardımcısı Gurgen Nersisyan'ı 9 yıl hapis cezasına çarptırdı.", ["y1", "y2"], []),
                ("Aynı davada yargılanan iş insanları Aşot Melkonyan ve Davit Gasparyan ise sırasıyla 7 ve 6 yıl hapis cezası aldı.", ["y3"], []),
                ("Tutuksuz yargılanan Nersisyan, karar açıklandıktan sonra duruşma salonunda tutuklandı.", ["y2"], [("agency", "agentless", "tutuklandı")]),
                ("Mahkeme kararına göre sanıklar, devlet bütçesinden yaklaşık 12 milyon doları zimmetlerine geçirdi.", ["y4"], [att("kararına göre")]),
            ],
            [
                ("Ermeni basınının aktardığına göre Savunma Bakanlığı, aracı bir şirket üzerinden havan mermilerini piyasa fiyatının neredeyse iki katına satın aldı.", ["y5"], [att("aktardığına göre")]),
                ("Bedeli peşin ödenen 800 askeri telsiz ise orduya hiç teslim edilmedi.", ["y6"], []),
                ("Nersisyan suçlamaları reddederek fiyatları bakanlıktaki bir komisyonun belirlediğini öne sürdü.", ["y9"], [att("reddederek"), doubt("öne sürdü")]),
                ("Avukatı Tatevik Simonyan ise kararın siyasi olduğunu söyleyerek istinafa başvuracaklarını açıkladı.", ["y9", "y10"], [att("söyleyerek"), att("açıkladı")]),
            ],
            [
                ("Ermenistan Başbakanı Nikol Paşinyan, kararın hükümetin ordudaki yolsuzluğa karşı kararlılığını gösterdiğini iddia etti.", ["y12"], [doubt("iddia etti")]),
                ("Azerbaycan basını ise davayı, 2020'de ağır bir yenilgiye uğrayan Ermeni ordusunun savaştan önce yolsuzlukla içten içe çürüdüğünün kanıtı olarak değerlendirdi.", ["y15"], [att("değerlendirdi")]),
                ("Rus basını da mühimmat ve telsizlerin Rusya'dan değil, Doğu Avrupa ürünleri satan aracılardan alındığını vurguladı.", ["y16"], [att("vurguladı")]),
                ("Moskova'ya yakın yorumcular, Erivan'ın yıllardır Rus silah teslimatlarındaki aksaklıklardan şikâyet ettiğini hatırlattı.", ["y16"], [att("hatırlattı")]),
            ],
            [
                ("2020'deki savaşta Azerbaycan ordusunun kullandığı Türk yapımı Bayraktar TB2 insansız hava araçları, çatışmaların seyrinde belirleyici rol oynamıştı.", [], [("loaded", "neutral", "çatışmaların")]),
            ],
        ],
    },
    "fr-greffier-du-caucase.txt": {
        "header": " date 2026-10-16 (Le Greffier du Caucase)",
        "paragraphs": [
            [("Arménie : la justice condamne un ancien vice-ministre de la Défense à neuf ans de prison pour des achats d'armes truqués", ["y1", "y2"], [])],
            [
                ("Le tribunal anticorruption d'Erevan a condamné jeudi Gourguen Nersissian, vice-ministre arménien de la Défense de 2017 à 2020, à neuf ans de prison pour détournement de fonds publics.", ["y1", "y2"], []),
                ("Deux hommes d'affaires, Achot Melkonian et Davit Gasparian, dont la société Aspar Trading servait d'intermédiaire, ont écopé de sept et cinq ans.", ["y3"], []),
                ("Le parquet avait requis douze ans contre l'ancien vice-ministre.", ["y7"], []),
            ],
            [
                ("Selon le jugement, l'État a perdu quelque 11 millions d'euros dans une série de contrats signés en 2019 et 2020, avant la guerre des 44 jours.", ["y4"], [att("Selon")]),
                ("Des obus de mortier auraient été payés presque deux fois leur prix de marché, tandis que 800 radios militaires, réglées d'avance, n'ont jamais été livrées.", ["y5", "y6"], [("hedge", "hearsay", "auraient")]),
                ("L'accusé, qui a toujours nié, affirme n'avoir fait que signer des prix fixés par une commission du ministère.", ["y9"], [att("nié"), att("affirme")]),
                ("Son avocate, Tatevik Simonian, a annoncé qu'elle ferait appel.", ["y10"], [att("annoncé")]),
                ("Le tribunal a également ordonné la confiscation d'une villa à Tsaghkadzor, station de ski au nord de la capitale, et de deux appartements à Erevan.", ["y11"], []),
            ],
            [
                ("Devant le palais de justice, des mères de soldats tués en 2020 brandissaient les portraits de leurs fils.", ["y14"], [("agency", "agentless", "tués")]),
                ("Beaucoup jugeaient la peine « bien trop légère ».", ["y14"], [att("jugeaient"), ("scare-quote", "distancing", "« bien trop légère »")]),
                ("L'opposition dénonce pour sa part un procès « sélectif », destiné selon elle à faire porter à quelques fonctionnaires le poids de la défaite de 2020.", ["y13"], [att("dénonce"), ("scare-quote", "distancing", "« sélectif »"), att("selon elle")]),
                ("À Moscou, plusieurs médias proches du Kremlin ont relevé que ces munitions et ces radios n'avaient pas été achetées en Russie.", ["y16"], [att("relevé")]),
            ],
            [
                ("Depuis 2023, Erevan s'est tourné vers Paris pour moderniser son armée, en achetant notamment des radars, des blindés Bastion et des canons Caesar.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (z), held out: on Thursday 12 March 2026 Armenians displaced from Karabakh in September
# 2023 rally outside the government building in Yerevan's Republic Square against the cabinet's
# decision of 26 February to stop, from 1 April, the monthly rent and utilities payment of 40,000
# drams per person they have received since late 2023 (vulnerable families keep it); the Council
# of Karabakh Communities (Anahit Baghdasaryan), the crowd by police and organisers, the rents, the
# housing certificates and their new citizenship condition, the ministry's answer, Pashinyan at the
# cabinet meeting, the road block and detentions, the ultimatum, the vote in parliament, Hajiyev,
# UNHCR, the displaced who moved on to Russia, and the exodus of September 2023 told with each
# outlet's verb (fled, left, forcibly displaced, moved of their own will). Written without looking
# at the concept lexicon, the cue lexicons or the aligner. Do not rewrite these sentences to suit
# the tool.
# ---------------------------------------------------------------------------------------------
FACTS_Z = {
    "z1": "On Thursday 12 March thousands of Armenians displaced from Karabakh rallied outside the government building in Republic Square in Yerevan against the end of the state rent payment (en: about 3,000 by the police, more than 12,000 by the organisers; es: about 3,000 by the police, more than 10,000 by the organisers; ru: about five thousand, by journalists; az: a few hundred; hy: more than 12,000, by the organisers; tr: about 2,500, by the police; fr: several thousand, more than 10,000 by the organisers)",
    "z2": "The cabinet decided on 26 February to stop from 1 April the monthly payment of 40,000 drams per person for rent and utilities that the displaced have received since late 2023 (en: about $103; es, az, tr: about 100 dollars; ru: about 105 dollars; fr: a hundred dollars or so)",
    "z3": "The decision affects about 24,000 families, some 68,000 people (ru: almost 30,000 families, by the protesters; hy: about 26,000 families; tr: about 20,000 families)",
    "z4": "The rally was called by the Council of Karabakh Communities, led by Anahit Baghdasaryan, a former deputy mayor of Stepanakert (az: a 'so-called' council, she an official of the former separatist regime)",
    "z5": "Protesters say rents in Yerevan have doubled since 2023, that they pay 150,000–200,000 drams a month for small flats and cannot pay without the aid, and that the housing certificates do not buy even a one-room flat",
    "z6": "The Ministry of Labour and Social Affairs (deputy minister Ruzanna Mkrtumyan) says the payment was always meant to be temporary and has cost the budget more than 150 billion drams, about $390 million, since 2023 (ru: almost 400 million dollars, doubted; az: about 390 million; tr: about 400 million; hy: doubted), the money going into housing instead",
    "z7": "About 9,000 of the most vulnerable families (pensioners living alone, people with disabilities, families with three or more children) will keep the payment (ru: about 8,000)",
    "z8": "Only about 6,000 families have bought a home so far with the state housing certificates introduced in 2024 (ru: just over 6,000; fr: some 6,200)",
    "z9": "Since 1 January the housing certificates are given only to those who have taken Armenian citizenship, which many displaced see as pressure to give up the return (az: proof that Yerevan means to settle them for good)",
    "z10": "The organisers gave the government until 20 March to suspend the decision, threatening a tent camp in the square (ru: ten days and an open-ended protest; tr: a week, threatening to block roads)",
    "z11": "Part of the protesters blocked Tigran Mets Avenue in the afternoon; police cleared it and detained some of them (en: 14; ru: about twenty, hearsay; hy: 17; fr: about fifteen, hearsay), released by the evening (en, hy)",
    "z12": "Pashinyan told the cabinet meeting that the state cannot pay rent for tens of thousands of people indefinitely and that the best support is a job (az: 'admitted')",
    "z13": "The same day parliament, with the ruling Civil Contract majority, rejected an opposition bill to extend the payment until the end of the year (en, es: 63 votes to 30; ru: 64 deputies against); the opposition accused the government of abandoning the displaced (hy: «a second time»)",
    "z14": "Hikmet Hajiyev said Armenians formerly living in Karabakh may return if they accept Azerbaijani citizenship and laws (az, tr: Armenia's social problems are its own affair and revanchist circles use these people politically; hy, fr: doubted; ru: Baku 'hastened' to comment)",
    "z15": "In September 2023, after Azerbaijan's one-day offensive, more than 100,000 Armenians left Karabakh for Armenia within a week (en: fled; es: abandoned; ru: left; az: moved of their own will after the 'local anti-terror measures'; hy: displaced after the ethnic cleansing; tr: about 100,000 left of their own will; fr: driven out)",
    "z16": "UNHCR's office in Armenia called for the payment to be phased out gradually and for targeted support to the most vulnerable (es: many families already spend more than half their income on rent)",
    "z17": "Some of those who came in 2023 have since left Armenia, mostly for Russia (ru: about 20,000, unofficial; az: more than 15,000, by Armenian media; fr: more than 10,000, hearsay)",
    "z18": "Under Azerbaijan's Great Return programme Azerbaijani families are moving back to (rebuilt) towns and villages in Karabakh (background)",
}

ARTICLES_Z = {
    "en-hearthline-courier.txt": {
        "header": " date 2026-03-12 (The Hearthline Courier)",
        "paragraphs": [
            [("Thousands of displaced Karabakh Armenians protest in Yerevan as rent aid is cut", ["z1", "z2"], [mv("displaced", "displaced")])],
            [
                ("Thousands of Armenians displaced from Nagorno-Karabakh rallied outside the government building in Yerevan's Republic Square on Thursday, demanding that the government reverse its decision to end a monthly rent payment on which many of them depend.", ["z1", "z2"], [mv("displaced", "displaced")]),
                ("Police estimated the crowd at about 3,000; the organisers said more than 12,000 people had come.", ["z1"], [att("estimated"), att("said")]),
                ("Since late 2023 the state has paid each of them 40,000 drams (about $103) a month towards rent and utilities.", ["z2"], []),
                ("Under a decision the cabinet adopted on 26 February, the payment will stop on 1 April for most recipients.", ["z2"], []),
                ("According to the Ministry of Labour and Social Affairs, about 24,000 families, some 68,000 people, will lose it.", ["z3"], [att("According to")]),
            ],
            [
                ("The rally was called by the Council of Karabakh Communities, a group of former village and town heads led by Anahit Baghdasaryan, once deputy mayor of Stepanakert.", ["z4"], []),
                ("“Rents in Yerevan have doubled since we came, and now they are taking away the only thing that kept a roof over our heads,” she told the crowd.", ["z5"], [att("told")]),
                ("Several protesters said they paid between 150,000 and 200,000 drams a month for small flats on the city's outskirts.", ["z5"], [att("said")]),
                ("In the afternoon a few hundred of them blocked Tigran Mets Avenue for about an hour before police cleared the road.", ["z11"], []),
                ("Police detained 14 people, all of whom were released by the evening.", ["z11"], []),
            ],
            [
                ("Deputy Minister of Labour and Social Affairs Ruzanna Mkrtumyan said the payment had always been meant to be temporary and had cost the budget more than 150 billion drams, about $390 million, since 2023.", ["z6"], [att("said")]),
                ("She said the money would now go into housing, while about 9,000 of the most vulnerable families, among them pensioners living alone and families with three or more children, would keep receiving it.", ["z6", "z7"], [att("said")]),
                ("Speaking at the cabinet meeting inside the building, Prime Minister Nikol Pashinyan said the state could not pay rent for tens of thousands of people indefinitely and that “the best support is a job”.", ["z12"], [att("said"), ("scare-quote", "distancing", "“the best support is a job”")]),
            ],
            [
                ("Later on Thursday, parliament voted down an opposition bill that would have extended the payments until the end of the year, by 63 votes to 30.", ["z13"], []),
                ("During the debate, the opposition Armenia Alliance accused the government of abandoning people who had already lost everything.", ["z13"], [att("accused")]),
            ],
            [
                ("Azerbaijan retook the region in a one-day offensive in September 2023, and more than 100,000 Armenians fled to Armenia within a week.", ["z15"], [mv("forced", "fled"), ("loaded", "neutral", "offensive")]),
                ("Many of the displaced also lost their jobs and savings when they left, aid groups say.", [], [mv("displaced", "displaced"), att("say"), mv("departure", "left")]),
            ],
        ],
    },
    "es-mensajero-de-los-montes.txt": {
        "header": " date 2026-03-13 (El Mensajero de los Montes)",
        "paragraphs": [
            [("Los desplazados de Karabaj protestan en Ereván contra el fin de la ayuda al alquiler", ["z1", "z2"], [mv("displaced", "desplazados")])],
            [
                ("Miles de armenios que huyeron de Nagorno Karabaj en 2023 se concentraron el jueves ante la sede del Gobierno, en la plaza de la República de Ereván, contra la supresión de la ayuda mensual que les permite pagar el alquiler.", ["z1", "z2"], [mv("forced", "huyeron")]),
                ("La policía calculó unas 3.000 personas; los organizadores hablan de más de 10.000.", ["z1"], [att("calculó"), att("hablan de")]),
                ("El Gobierno decidió el 26 de febrero suprimir, a partir del 1 de abril, los 40.000 dram (unos 100 dólares) por persona y mes que los desplazados cobran desde finales de 2023 para el alquiler y los suministros.", ["z2"], [mv("displaced", "desplazados")]),
                ("La medida afecta a unas 24.000 familias.", ["z3"], []),
            ],
            [
                ("Solo conservarán la ayuda unas 9.000 familias consideradas vulnerables: jubilados que viven solos, personas con discapacidad y hogares con tres hijos o más.", ["z7"], []),
                ("Los certificados de vivienda lanzados en 2024 debían ser la alternativa, pero hasta ahora solo unas 6.000 familias han podido comprar una casa con ellos.", ["z8"], []),
                ("«Con lo que dan no se compra ni una habitación, y el alquiler se ha duplicado en dos años», se quejaba Siranush, de 58 años, que paga 170.000 dram al mes por un piso pequeño en el barrio de Nor Nork.", ["z5"], [att("se quejaba")]),
            ],
            [
                ("Convocó la protesta el Consejo de Comunidades de Karabaj, que encabeza Anahit Bagdasarián, antigua teniente de alcalde de Stepanakert.", ["z4"], []),
                ("Sus dirigentes dieron al Gobierno de plazo hasta el 20 de marzo para suspender la decisión y amenazaron con instalar un campamento de tiendas en la plaza.", ["z10"], []),
                ("El primer ministro, Nikol Pashinián, defendió la medida en el Consejo de Ministros: a su juicio, el Estado no puede pagar alquileres de forma indefinida y la mejor ayuda es un empleo.", ["z12"], [att("defendió"), att("a su juicio")]),
                ("Horas después, el Parlamento rechazó por 63 votos contra 30 una propuesta de la oposición para prorrogar los pagos hasta diciembre.", ["z13"], []),
            ],
            [
                ("La oficina de ACNUR en Armenia pidió retirar la ayuda de forma gradual y mantener un apoyo específico para los más vulnerables.", ["z16"], []),
                ("Según la agencia de la ONU, muchas familias dedican ya más de la mitad de sus ingresos al alquiler.", ["z16"], [att("Según")]),
            ],
            [
                ("Más de 100.000 armenios abandonaron Karabaj en apenas una semana en septiembre de 2023, después de que Azerbaiyán recuperara la región en una ofensiva relámpago.", ["z15"], [mv("departure", "abandonaron"), ("loaded", "neutral", "ofensiva relámpago")]),
                ("Armenia, con menos de tres millones de habitantes, acogió a casi todos.", [], []),
                ("Muchos viven hoy en pueblos de las provincias de Ararat y Kotayk, donde la vivienda es más barata que en la capital.", [], []),
            ],
        ],
    },
    "ru-kavkazskii-dilizhans.txt": {
        "header": " date 2026-03-12 (Кавказский дилижанс)",
        "paragraphs": [
            [("Карабахские беженцы вышли к правительству Армении: Пашинян лишает их помощи на аренду жилья", ["z1", "z2"], [])],
            [
                ("В четверг у здания правительства на площади Республики в Ереване прошёл многотысячный митинг армян, покинувших Нагорный Карабах осенью 2023 года.", ["z1"], [mv("departure", "покинувших")]),
                ("По оценкам журналистов, собрались около пяти тысяч человек.", ["z1"], [att("По оценкам")]),
                ("Поводом стало решение кабмина прекратить с 1 апреля ежемесячную выплату в 40 тысяч драмов (около 105 долларов) на человека, которую беженцы получали на аренду жилья и коммунальные услуги.", ["z2"], []),
                ("Без этих денег, по данным самих протестующих, останутся почти 30 тысяч семей.", ["z3"], [att("по данным")]),
            ],
            [
                ("В Министерстве труда и социальных вопросов утверждают, что программа изначально задумывалась как временная и уже обошлась бюджету почти в 400 миллионов долларов.", ["z6"], [doubt("утверждают")]),
                ("Выплаты сохранят лишь примерно 8 тысячам семей, которых в ведомстве считают наиболее уязвимыми.", ["z7"], [att("считают")]),
                ("По жилищным сертификатам, на которые делали ставку власти, квартиры за два года купили лишь чуть более 6 тысяч семей.", ["z8"], []),
                ("Никол Пашинян на заседании правительства заявил, что государство не может бесконечно оплачивать аренду и что «лучшая поддержка — это работа».", ["z12"], [att("заявил"), ("scare-quote", "distancing", "«лучшая поддержка — это работа»")]),
            ],
            [
                ("Часть митингующих перекрыла проспект Тиграна Меца, и, как сообщается, около двадцати человек были задержаны.", ["z11"], [("hedge", "hearsay", "как сообщается"), ("agency", "agentless", "были задержаны")]),
                ("Организаторы дали властям десять дней на пересмотр решения и пригрозили бессрочной акцией протеста.", ["z10"], []),
                ("В тот же день парламентское большинство отклонило законопроект оппозиции о продлении выплат до конца года: против проголосовали 64 депутата.", ["z13"], []),
            ],
            [
                ("В Баку поспешили отреагировать: помощник президента Азербайджана Хикмет Гаджиев заявил, что бывшие жители Карабаха могут вернуться, если примут азербайджанское гражданство.", ["z14"], [doubt("поспешили"), att("заявил")]),
                ("По неофициальным данным, около 20 тысяч карабахских армян за это время уже переехали в Россию.", ["z17"], [att("По неофициальным данным"), mv("voluntary", "переехали")]),
                ("Напомним, что в сентябре 2023 года, после однодневной военной операции Азербайджана, Карабах покинули более 100 тысяч армян.", ["z15"], [("loaded", "neutral", "военной операции"), mv("departure", "покинули")]),
            ],
            [
                ("Многие из них говорят по-русски и имеют родственников в российских городах.", [], []),
            ],
        ],
    },
    "az-cinar-kolgesi.txt": {
        "header": " date 2026-03-12 (Çinar kölgəsi)",
        "paragraphs": [
            [("İrəvanda Qarabağın keçmiş erməni sakinləri Paşinyan hökumətinə etiraz edib", ["z1"], [("loaded", "az-frame", "erməni sakinləri")])],
            [
                ("Martın 12-də İrəvanda hökumət binası qarşısına toplaşan bir neçə yüz nəfər Qarabağın keçmiş erməni sakini kirayə yardımının dayandırılmasına etiraz edib.", ["z1", "z2"], [("loaded", "az-frame", "erməni sakini")]),
                ("Ermənistan hökuməti fevralın 26-da onlara adambaşına ayda verilən 40 min dramlıq (təxminən 100 ABŞ dolları) yardımı aprelin 1-dən dayandırmaq barədə qərar qəbul edib.", ["z2"], []),
                ("Aksiyanı sözdə “Artsax icmaları şurası” və onun rəhbəri, keçmiş separatçı rejimin məmuru Anahit Bağdasaryan təşkil edib.", ["z4"], [("scare-quote", "marker", "sözdə"), ("scare-quote", "distancing", "“Artsax icmaları şurası”"), ("polity-label", "delegitimising", "separatçı rejimin")]),
            ],
            [
                ("Ermənistanın əmək və sosial məsələlər nazirinin müavini Ruzanna Mkrtumyan bildirib ki, proqram əvvəldən müvəqqəti nəzərdə tutulub və 2023-cü ildən bəri büdcəyə təxminən 390 milyon dollara başa gəlib.", ["z6"], [att("bildirib")]),
                ("Baş nazir Nikol Paşinyan isə hökumətin iclasında etiraf edib ki, dövlət on minlərlə insanın kirayə haqqını sonsuzadək ödəyə bilməz.", ["z12"], [att("etiraf edib")]),
                ("Qeyd edək ki, yanvarın 1-dən mənzil sertifikatları yalnız Ermənistan vətəndaşlığını qəbul edənlərə verilir.", ["z9"], []),
                ("Bu isə İrəvanın həmin insanları Ermənistanda daimi məskunlaşdırmaq niyyətində olduğunu göstərir.", ["z9"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Azərbaycan vətəndaşlığını və qanunlarını qəbul edən ermənilər Qarabağa qayıda bilərlər.", ["z14"], [att("bildirib")]),
                ("Onun sözlərinə görə, Ermənistandakı sosial problemlər İrəvanın daxili işidir, lakin bəzi revanşist qüvvələr bu insanlardan siyasi alət kimi istifadə edir.", ["z14"], [att("sözlərinə görə")]),
                ("Erməni mediasının məlumatına görə, 2023-cü ildə Ermənistana köçənlərdən 15 mindən çoxu artıq bu ölkəni tərk edib.", ["z17"], [att("məlumatına görə"), mv("departure", "tərk edib"), mv("voluntary", "köçənlərdən")]),
            ],
            [
                ("Xatırladaq ki, 2023-cü ilin sentyabrında Qarabağda lokal xarakterli antiterror tədbirləri başa çatdıqdan sonra bölgənin 100 mindən çox erməni sakini öz istəyi ilə Ermənistana köçüb.", ["z15"], [("loaded", "az-frame", "lokal xarakterli antiterror"), ("loaded", "az-frame", "erməni sakini"), mv("voluntary", "öz istəyi ilə"), mv("voluntary", "köçüb")]),
                ("Şübhəsiz, Ermənistan hökuməti bu insanlardan siyasi oyunlarda istifadə etmək əvəzinə onların real problemlərini həll etməlidir.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Hazırda Qarabağda Böyük Qayıdış proqramı çərçivəsində yüzlərlə azərbaycanlı ailə doğma yurduna qayıdır.", ["z18"], [("loaded", "az-frame", "Böyük Qayıdış")]),
            ],
        ],
    },
    "hy-karrughi.txt": {
        "header": " date 2026-03-12 (Քառուղի)",
        "paragraphs": [
            [("Բռնի տեղահանված արցախցիները պահանջում են չդադարեցնել բնակվարձի աջակցությունը", ["z1", "z2"], [mv("forced", "Բռնի տեղահանված")])],
            [
                ("Հինգշաբթի Կառավարության շենքի առջև՝ Հանրապետության հրապարակում, հավաքվել էին Արցախից բռնի տեղահանված հազարավոր մարդիկ։", ["z1"], [mv("forced", "բռնի տեղահանված")]),
                ("Կազմակերպիչների հաշվարկով՝ հանրահավաքին մասնակցել է ավելի քան 12 հազար մարդ։", ["z1"], [att("հաշվարկով")]),
                ("Կառավարությունը փետրվարի 26-ին որոշել է ապրիլի 1-ից դադարեցնել բնակվարձի և կոմունալ վճարների համար ամսական 40 հազար դրամի աջակցությունը, որը բռնի տեղահանվածները ստանում էին 2023-ի աշնանից։", ["z2"], [mv("forced", "բռնի տեղահանվածները")]),
                ("Որոշումը կվերաբերի շուրջ 26 հազար ընտանիքի։", ["z3"], []),
            ],
            [
                ("Հանրահավաքը հրավիրել էր «Արցախի համայնքների խորհուրդը», որը ղեկավարում է Ստեփանակերտի քաղաքապետի նախկին տեղակալ Անահիտ Բաղդասարյանը։", ["z4"], []),
                ("«Մեզ մեր տներից հանեցին, հիմա էլ վարձով տներից են հանում», — ասաց Բաղդասարյանը։", ["z5"], [att("ասաց"), mv("expelled", "մեր տներից հանեցին")]),
                ("Ցուցարարների խոսքով՝ 2023-ից ի վեր Երևանում վարձավճարները կրկնապատկվել են, իսկ բնակարանային հավաստագրով այսօր հնարավոր չէ անգամ մեկ սենյականոց բնակարան գնել։", ["z5"], [att("խոսքով")]),
                ("Հունվարի 1-ից հավաստագրեր տրվում են միայն ՀՀ քաղաքացիություն ընդունածներին, ինչը շատերը համարում են Արցախ վերադառնալու իրավունքից հրաժարվելու պարտադրանք։", ["z9"], [att("համարում են")]),
            ],
            [
                ("Աշխատանքի և սոցիալական հարցերի փոխնախարար Ռուզաննա Մկրտումյանը պնդում է, թե ծրագիրը սկզբից ժամանակավոր է եղել, և բյուջեն այլևս չի կարող այդ բեռը կրել։", ["z6"], [doubt("պնդում է")]),
                ("Կեսօրից հետո ցուցարարների մի մասը փակել է Տիգրան Մեծի պողոտան, իսկ ոստիկանությունը բերման է ենթարկել 17 մարդու, որոնք երեկոյան ազատ են արձակվել։", ["z11"], []),
                ("Կազմակերպիչները կառավարությանը ժամանակ են տվել մինչև մարտի 20-ը՝ հակառակ դեպքում խոստանալով վրաններ խփել հրապարակում։", ["z10"], []),
            ],
            [
                ("Նույն օրը Ազգային ժողովում իշխող «Քաղաքացիական պայմանագիր» խմբակցությունը տապալել է ընդդիմության նախագիծը, որով աջակցությունը պետք է երկարաձգվեր մինչև տարեվերջ։", ["z13"], []),
                ("Ընդդիմադիր պատգամավոր Գագիկ Սահրադյանը կառավարությանը մեղադրել է արցախցիներին «երկրորդ անգամ լքելու» մեջ։", ["z13"], [att("մեղադրել է"), ("scare-quote", "distancing", "«երկրորդ անգամ լքելու»")]),
                ("Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը պնդում է, թե արցախցիները կարող են վերադառնալ, եթե ընդունեն Ադրբեջանի քաղաքացիություն։", ["z14"], [doubt("պնդում է")]),
            ],
            [
                ("2023 թվականի սեպտեմբերի էթնիկ զտումից հետո Արցախից Հայաստան է տեղահանվել ավելի քան 100 հազար մարդ։", ["z15"], [("loaded", "hy-frame", "էթնիկ զտումից"), mv("displaced", "տեղահանվել")]),
                ("Ստեփանակերտի նախկին բնակիչներից շատերը մինչ օրս պահում են իրենց տների բանալիները։", [], []),
            ],
        ],
    },
    "tr-aras-gozcusu.txt": {
        "header": " date 2026-03-13 (Aras Gözcüsü)",
        "paragraphs": [
            [("Erivan'da Karabağ Ermenilerinden kira yardımı protestosu", ["z1"], [])],
            [
                ("Ermenistan'ın başkenti Erivan'da, 2023'te Karabağ'dan Ermenistan'a göç eden Ermeniler perşembe günü hükümet binası önünde toplanarak kira yardımının kesilmesini protesto etti.", ["z1", "z2"], [mv("voluntary", "göç eden")]),
                ("Polise göre gösteriye yaklaşık 2 bin 500 kişi katıldı.", ["z1"], [att("Polise göre")]),
                ("Paşinyan hükümeti, 1 Nisan'dan itibaren kişi başına aylık 40 bin dram (yaklaşık 100 dolar) tutarındaki kira ve fatura desteğini kaldırma kararı almıştı.", ["z2"], []),
                ("Karardan yaklaşık 20 bin aile etkilenecek.", ["z3"], []),
            ],
            [
                ("Ermenistan Çalışma ve Sosyal İşler Bakan Yardımcısı Ruzanna Mkrtumyan, programın baştan beri geçici olduğunu ve devlete şimdiye kadar yaklaşık 400 milyon dolara mal olduğunu söyledi.", ["z6"], [att("söyledi")]),
                ("Başbakan Nikol Paşinyan da devletin kira yardımını süresiz olarak ödeyemeyeceğini savundu.", ["z12"], [att("savundu")]),
                ("Ocak ayından bu yana konut sertifikalarının yalnızca Ermenistan vatandaşlığına geçenlere verilmesi de göstericilerin tepkisini çekiyor.", ["z9"], []),
                ("Eylemin organizatörleri hükümete kararı geri alması için bir hafta süre verdiklerini, aksi halde yolları kapatacaklarını açıkladı.", ["z10"], [att("açıkladı")]),
            ],
            [
                ("Azerbaycan Cumhurbaşkanı'nın Dış Politika Danışmanı Hikmet Hacıyev, Azerbaycan vatandaşlığını ve yasalarını kabul eden Ermenilerin Karabağ'a dönebileceğini hatırlattı.", ["z14"], [att("hatırlattı")]),
                ("Hacıyev, bazı rövanşist çevrelerin bu insanları siyasi amaçlarla kullandığını da vurguladı.", ["z14"], [att("vurguladı")]),
                ("Eylemde bazı göstericilerin sözde “Dağlık Karabağ Cumhuriyeti” bayrakları taşıdığı görüldü.", [], [("scare-quote", "marker", "sözde"), ("scare-quote", "distancing", "“Dağlık Karabağ Cumhuriyeti”"), ("polity-label", "delegitimising", "sözde “Dağlık Karabağ Cumhuriyeti”")]),
            ],
            [
                ("Azerbaycan'ın Eylül 2023'teki bir günlük terörle mücadele operasyonunun ardından yaklaşık 100 bin Ermeni kendi istekleriyle bölgeden ayrılarak Ermenistan'a yerleşmişti.", ["z15"], [("loaded", "az-frame", "terörle mücadele"), mv("voluntary", "kendi istekleriyle"), mv("departure", "ayrılarak")]),
                ("Karabağ'da ise Büyük Dönüş programı kapsamında yeniden inşa edilen şehir ve köylere Azerbaycanlı aileler yerleşiyor.", ["z18"], [("loaded", "az-frame", "Büyük Dönüş")]),
            ],
        ],
    },
    "fr-reverbere-d-orient.txt": {
        "header": " date 2026-03-13 (Le Réverbère d'Orient)",
        "paragraphs": [
            [("À Erevan, les réfugiés du Haut-Karabakh refusent d'être « lâchés » par l'État", ["z1"], [("scare-quote", "distancing", "« lâchés »")])],
            [
                ("Plusieurs milliers d'Arméniens qui ont dû fuir le Haut-Karabakh en 2023 se sont rassemblés jeudi devant le siège du gouvernement, place de la République, à Erevan.", ["z1"], [mv("forced", "ont dû fuir")]),
                ("Ils protestent contre la suppression, au 1er avril, de l'aide mensuelle de 40 000 drams (une centaine de dollars) par personne qui leur permettait de payer leur loyer.", ["z2"], []),
                ("Le rassemblement était organisé par le Conseil des communautés d'Artsakh, que préside Anahit Baghdassarian, ancienne adjointe au maire de Stepanakert.", ["z4"], []),
                ("Ses organisateurs revendiquent plus de 10 000 participants.", ["z1"], [att("revendiquent")]),
            ],
            [
                ("« Depuis notre arrivée, les loyers ont doublé à Erevan », explique Lilit, mère de deux enfants, qui paie 180 000 drams par mois pour un deux-pièces à Massis.", ["z5"], [att("explique")]),
                ("Les certificats de logement promis par l'État n'ont permis qu'à quelque 6 200 familles d'acheter un appartement.", ["z8"], []),
                ("Depuis janvier, ils sont en outre réservés à ceux qui ont pris la nationalité arménienne, une condition que beaucoup vivent comme un renoncement au retour.", ["z9"], []),
            ],
            [
                ("En fin d'après-midi, une partie des manifestants a bloqué l'avenue Tigran-Mets.", ["z11"], []),
                ("Une quinzaine de personnes auraient été interpellées.", ["z11"], [("hedge", "hearsay", "auraient"), ("agency", "agentless", "interpellées")]),
                ("Le même jour, au Parlement, la majorité du Contrat civil a rejeté une proposition de l'opposition visant à prolonger l'aide jusqu'à la fin de l'année.", ["z13"], []),
            ],
            [
                ("Le HCR a appelé Erevan à supprimer l'aide progressivement et à protéger les familles les plus fragiles.", ["z16"], []),
                ("Selon plusieurs associations, plus de 10 000 réfugiés seraient déjà repartis, surtout vers la Russie.", ["z17"], [att("Selon"), ("hedge", "hearsay", "seraient"), mv("departure", "repartis")]),
                ("À Bakou, Hikmet Hajiyev, conseiller du président Ilham Aliev, prétend que « la porte reste ouverte » à ceux qui accepteraient la citoyenneté azerbaïdjanaise.", ["z14"], [doubt("prétend"), ("scare-quote", "distancing", "« la porte reste ouverte »")]),
            ],
            [
                ("L'offensive éclair de septembre 2023, que Bakou qualifie de « mesures antiterroristes », a chassé en une semaine plus de 100 000 Arméniens du Haut-Karabakh.", ["z15"], [att("qualifie"), ("scare-quote", "distancing", "« mesures antiterroristes »"), mv("expelled", "a chassé"), ("loaded", "neutral", "offensive éclair"), ("loaded", "az-frame", "mesures antiterroristes")]),
                ("Stepanakert, leur ancienne capitale, s'appelle désormais Khankendi sur toutes les cartes azerbaïdjanaises.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (aa), held out: on Tuesday 16 June 2026, in the late afternoon, a violent hailstorm and a
# downpour hit villages of the Ararat valley in Armenia's Ararat and Armavir provinces days before
# the apricot harvest; hail the size of walnuts (or eggs), a flash flood on the Vedi river through
# Vedi and Aygavan, the Yerevan–Yeraskh road closed; the communities hit, the hectares of orchards
# and vineyards and the tonnes of apricots lost, the houses and greenhouses damaged, the injured
# and the evacuated by outlet; Pashinyan's promise of compensation in Aygavan, the insurance
# scheme few farmers use, the farmers' complaints, the anti-hail stations that did or did not
# fire, the meteorologist's cold front and the climate link, the exports to Russia, an opposition
# MP's talk of cloud seeding in Iğdır or Nakhchivan and Hajiyev's mockery. Written without looking
# at the concept lexicon, the cue lexicons or the aligner. Do not rewrite these sentences to suit
# the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AA = {
    "aa1": "On Tuesday 16 June in the late afternoon a violent hailstorm, followed by a downpour, hit villages of the Ararat valley in Armenia's Ararat and Armavir provinces, days before the apricot harvest (en: at about 17:40, for about 20 minutes; es: around six, barely a quarter of an hour; ru: just after six, about half an hour; az: around 18:00; hy: around 17:30, 25 minutes; tr: in the evening; fr: late afternoon, about twenty minutes)",
    "aa2": "The hailstones were the size of walnuts, up to 4 cm across (es: walnuts; ru: hen's eggs, by eyewitnesses; hy: pigeon's eggs, up to 5 cm, by Aygavan's residents; fr: ping-pong balls)",
    "aa3": "The rain that followed (en: 46 mm in less than an hour; ru, tr, fr: about 50 mm; az: more than 40 mm; hy: no figure) made the Vedi river burst its banks and flood streets and yards in Vedi and Aygavan; the Yerevan–Yeraskh highway was closed for hours (en: about five; ru: almost six)",
    "aa4": "The number of communities hit (tr: 17 villages; es: about twenty; az: more than 20, by Armenian media; hy: more than 20)",
    "aa5": "Orchards and vineyards damaged or destroyed, by the Ministry of Economy's preliminary count about 2,400 hectares, some 900 of them beyond saving (es, fr: more than 2,000; ru: about 2,500; az: more than 1,500; hy: 2,400 by the ministry, more than 3,000 by the farmers; tr: 2,400); the en and fr first sentences and the ru and fr headlines without a number",
    "aa6": "About 25,000 tonnes of apricots lost, nearly a fifth of the expected harvest (es: about 20,000, by the growers; ru: up to 30,000, the farmers fear; hy: 30,000–35,000, by the farmers; tr: about 25,000, estimated; fr: tens of thousands)",
    "aa7": "Houses with damaged roofs and windows and wrecked greenhouses (en: 412 houses and about 150 greenhouses, by the emergency ministry; ru: more than 400 houses and about a hundred greenhouses; az: hundreds of houses; hy: about 500 houses and 180 greenhouses, by the village heads; fr: some 400 houses)",
    "aa8": "People injured by the hail and broken glass, none killed (en: eleven, two kept in hospital in Artashat; es: about ten, slightly; az: nine; hy: 13; tr: at least nine, by the emergency ministry)",
    "aa9": "Rescuers evacuated people from flooded houses in Vedi (en: about 60 families, some 230 people; ru: about two hundred; fr: more than 200)",
    "aa10": "Visiting Aygavan on Wednesday, Pashinyan promised compensation of 500,000 drams per hectare of destroyed orchard or vineyard (en, es, tr: about $1,300; fr: about 1,200 euros) (en: also the repair of roofs at the state's expense), about 8 billion drams in all (hy; es: about 8 billion, a little over 21 million dollars; ru, az: about 20 million dollars)",
    "aa11": "Since 2019 the state pays half the premium of an agricultural insurance, but few farmers had insured their orchards (es: only about 600 in the two provinces; hy: only a few hundred; fr: barely 5 % of the orchards); es adds that farmers distrust the insurers or cannot pay the other half",
    "aa12": "Farmers complain that the compensation does not cover even replanting, which costs eight times as much (3–4 million drams a hectare), and that a new apricot tree needs about five years to bear fruit (hy: compensation «laughable», last year's paid only in winter; fr: « dérisoire »)",
    "aa13": "Villagers say the anti-hail stations did not fire (no gas, no operators); the Ministry of Economy says most of its about 800 stations worked but are powerless against hail of this strength (ru, hy: doubted)",
    "aa14": "The forecaster Armine Tovmasyan of the Hydrometeorology and Monitoring Centre explained that a cold front from the north-west met air heated to 38 °C (en: building storm clouds up to 12 km high)",
    "aa15": "Such hailstorms are becoming more frequent with climate change (es, fr: hail days in the valley have doubled in a decade, by the forecaster; tr: experts link them to climate change)",
    "aa16": "Armenia exported about 60,000 tonnes of fresh apricots last year, almost all to Russia, and shipments are expected to fall (en: exporters warn; ru: more than 90 % of almost 60,000 tonnes, and prices in Russia expected to rise while Yerevan looks to the West; az: Armenia depends on the Russian market, exports expected to fall sharply; tr: most of about 60,000 tonnes went to Russia)",
    "aa17": "The opposition MP Garnik Hovsepyan suggested that cloud seeding in Turkey's Iğdır or in Nakhchivan had pushed the storm onto Armenia (hy: not ruled out, demanding an inquiry; en: without evidence; ru: his word «пригнать» quoted at a distance; az, tr, fr: doubted), and the Hydrometeorology Centre called the idea groundless (en: no technology can steer a storm over tens of kilometres)",
    "aa18": "Hikmet Hajiyev mocked the claim, calling it absurd (tr: laughable) and saying that Armenian politicians now blame Azerbaijan even for the weather",
}

ARTICLES_AA = {
    "en-orchardline-review.txt": {
        "header": " date 2026-06-17 (The Orchardline Review)",
        "paragraphs": [
            [("Hail wipes out a fifth of Armenia's apricot crop days before the harvest", ["aa1", "aa6"], [])],
            [
                ("A violent hailstorm swept across villages of Armenia's Ararat valley on Tuesday evening, stripping apricot orchards and vineyards only days before the harvest was due to begin.", ["aa1", "aa5"], []),
                ("The storm broke at about 17:40 local time over the Ararat and Armavir provinces and lasted about 20 minutes, according to the Ministry of Emergency Situations.", ["aa1"], [att("according to")]),
                ("Hailstones the size of walnuts, some of them four centimetres across, tore fruit and leaves from the trees and smashed car windscreens.", ["aa2"], []),
            ],
            [
                ("The Ministry of Economy, which oversees agriculture, said about 2,400 hectares of orchards and vineyards had been damaged, some 900 of them beyond saving.", ["aa5"], [att("said")]),
                ("Officials estimated the loss at about 25,000 tonnes of apricots, nearly a fifth of the harvest expected this year.", ["aa6"], [att("estimated")]),
                ("Armenia exported about 60,000 tonnes of fresh apricots last year, almost all of them to Russia, and exporters warned that shipments would fall sharply.", ["aa16"], [att("warned")]),
            ],
            [
                ("Heavy rain followed, 46 millimetres in less than an hour, and the Vedi river burst its banks, sending a torrent of mud through the streets of Vedi and the neighbouring village of Aygavan.", ["aa3"], []),
                ("Rescuers evacuated about 60 families, some 230 people, from flooded houses, and the Yerevan–Yeraskh highway was closed for about five hours.", ["aa9", "aa3"], [mv("evacuation", "evacuated")]),
                ("Eleven people were injured, most of them cut by hailstones or broken glass, and two were kept in hospital in Artashat.", ["aa8"], []),
                ("The emergency ministry counted 412 houses with damaged roofs or windows and about 150 wrecked greenhouses.", ["aa7"], []),
                ("Vedi lies about 40 kilometres south of Yerevan, on the road to the border with Nakhchivan.", [], []),
            ],
            [
                ("Visiting Aygavan on Wednesday, Prime Minister Nikol Pashinyan promised 500,000 drams, about $1,300, for every hectare of orchard or vineyard destroyed, and said the state would pay to repair damaged roofs.", ["aa10"], [att("said")]),
                ("Farmers said the sum would not cover even the cost of replanting, and that a new apricot tree needs five years to bear fruit.", ["aa12"], [att("said")]),
            ],
            [
                ("Armine Tovmasyan, head of forecasting at the Hydrometeorology and Monitoring Centre, said a cold front from the north-west had collided with air heated to 38 °C, building storm clouds up to 12 kilometres high.", ["aa14"], [att("said")]),
                ("Garnik Hovsepyan, an opposition member of parliament, wrote on Facebook that cloud seeding in Turkey's Iğdır province or in Azerbaijan's Nakhchivan might have pushed the storm onto Armenian villages, without offering evidence.", ["aa17"], [att("wrote"), ("hedge", "uncertain", "might have"), doubt("without offering evidence")]),
                ("Tovmasyan said no technology could steer a storm across tens of kilometres.", ["aa17"], [att("said")]),
                ("The fruit's botanical name, Prunus armeniaca, reflects an old belief that the apricot came from Armenia.", [], []),
            ],
        ],
    },
    "es-centinela-de-la-vega.txt": {
        "header": " date 2026-06-18 (El Centinela de la Vega)",
        "paragraphs": [
            [("Una granizada arrasa más de 2.000 hectáreas de frutales en el valle armenio del Ararat", ["aa1", "aa5"], [])],
            [
                ("Una violenta granizada, seguida de lluvias torrenciales, golpeó el martes hacia las seis de la tarde una veintena de pueblos de las provincias armenias de Ararat y Armavir.", ["aa1", "aa4"], []),
                ("La tormenta duró apenas un cuarto de hora, pero las piedras, del tamaño de una nuez, bastaron para destrozar los árboles a pocos días de la cosecha.", ["aa1", "aa2"], []),
                ("Según el Ministerio de Economía, que supervisa la agricultura, los daños afectan a más de 2.000 hectáreas de huertos y viñedos.", ["aa5"], [att("Según")]),
                ("Los productores calculan que se han perdido unas 20.000 toneladas de albaricoques.", ["aa6"], [att("calculan")]),
            ],
            [
                ("Una decena de personas sufrieron heridas leves, según el Ministerio de Situaciones de Emergencia.", ["aa8"], [att("según")]),
                ("El primer ministro, Nikol Pashinián, visitó el miércoles la localidad de Aygaván y prometió 500.000 dram (unos 1.300 dólares) por cada hectárea perdida.", ["aa10"], []),
                ("El Gobierno reservará para ello unos 8.000 millones de dram, algo más de 21 millones de dólares.", ["aa10"], []),
                ("«Replantar una hectárea cuesta ocho veces más, y un albaricoquero tarda cinco años en dar fruto», se lamentaba Hasmik, de 52 años, que perdió toda su cosecha en Vosketap.", ["aa12"], [att("se lamentaba")]),
            ],
            [
                ("Desde 2019, Armenia cuenta con un seguro agrario en el que el Estado paga la mitad de la prima, pero apenas unos 600 agricultores de las dos provincias lo habían contratado.", ["aa11"], []),
                ("Muchos campesinos dicen que no se fían de las aseguradoras o que no pueden pagar la otra mitad.", ["aa11"], [att("dicen")]),
            ],
            [
                ("La meteoróloga Armine Tovmasián, del Centro de Hidrometeorología y Monitoreo, explicó que un frente frío llegado del noroeste chocó con una masa de aire a 38 grados.", ["aa14"], [att("explicó")]),
                ("A su juicio, el calentamiento global hace que estas tormentas sean cada vez más frecuentes: en la última década, los días de granizo en el valle se han duplicado.", ["aa15"], [att("A su juicio")]),
                ("Los expertos advierten de que la agricultura armenia, muy dependiente del riego, es especialmente vulnerable al cambio climático.", [], [att("advierten")]),
            ],
            [
                ("La cosecha de albaricoque da trabajo temporal cada verano a miles de familias del valle.", [], []),
                ("El Ararat, la montaña sagrada de los armenios que da nombre al valle, se encuentra hoy en territorio turco.", [], []),
            ],
        ],
    },
    "ru-dolinnyi-vestnik.txt": {
        "header": " date 2026-06-17 (Долинный вестник)",
        "paragraphs": [
            [("Абрикосовые сады Араратской долины уничтожены градом", ["aa1", "aa5"], [])],
            [
                ("Во вторник в начале седьмого вечера на сёла Араратской и Армавирской областей Армении обрушился сильный град, который не прекращался около получаса.", ["aa1"], []),
                ("По словам очевидцев, градины были размером с куриное яйцо.", ["aa2"], [att("По словам")]),
                ("Следом пошёл ливень: за час выпало около 50 мм осадков, и река Веди вышла из берегов.", ["aa3"], []),
            ],
            [
                ("По данным МЧС Армении, повреждены крыши и окна более 400 домов, разбиты около сотни теплиц.", ["aa7"], [att("По данным")]),
                ("Из подтопленных домов в Веди эвакуировали около двухсот человек, а трасса Ереван — Ерасх была перекрыта почти на шесть часов.", ["aa9", "aa3"], [mv("evacuation", "эвакуировали")]),
                ("Министерство экономики оценивает площадь пострадавших садов и виноградников примерно в 2,5 тысячи гектаров.", ["aa5"], [att("оценивает")]),
                ("Фермеры опасаются, что потеряно до 30 тысяч тонн абрикосов.", ["aa6"], [att("опасаются")]),
            ],
            [
                ("Жители пострадавших сёл жалуются, что противоградовые установки не сработали: в одних не было газа, в других — операторов.", ["aa13"], [att("жалуются")]),
                ("В Министерстве экономики утверждают, что подавляющее большинство из примерно 800 установок работало, но против такой стихии они бессильны.", ["aa13"], [doubt("утверждают")]),
                ("Никол Пашинян, побывавший в среду в селе Айгаван, пообещал выплатить по 500 тысяч драмов за каждый гектар погибшего сада — в общей сложности около 20 млн долларов.", ["aa10"], []),
            ],
            [
                ("Главный покупатель армянских абрикосов — Россия: в прошлом году туда ушло более 90 % из почти 60 тысяч тонн экспорта.", ["aa16"], []),
                ("Пока Ереван ищет новых партнёров на Западе, армянские фермеры по-прежнему зависят от российского рынка, где цены на абрикосы, как ожидается, вырастут.", ["aa16"], [("hedge", "uncertain", "как ожидается")]),
                ("Напомним, что Россельхознадзор в последние годы не раз ограничивал ввоз армянской продукции.", [], []),
            ],
            [
                ("Оппозиционный депутат Гарник Овсепян и вовсе заявил, что грозу на Армению могли «пригнать» так называемым засевом облаков в турецком Игдыре или в Нахичевани.", ["aa17"], [att("заявил"), ("hedge", "uncertain", "могли"), ("scare-quote", "distancing", "«пригнать»"), ("scare-quote", "marker", "так называемым")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев высмеял эти слова, написав, что в Ереване теперь винят Баку даже в погоде.", ["aa18"], [att("высмеял"), att("написав"), att("винят")]),
            ],
        ],
    },
    "az-cesme-basi.txt": {
        "header": " date 2026-06-17 (Çeşmə başı)",
        "paragraphs": [
            [("Ermənistanda dolu və sel: müxalifətçi deputat günahı Türkiyə və Azərbaycanın üzərinə atmağa çalışır", ["aa1", "aa17"], [doubt("günahı Türkiyə və Azərbaycanın üzərinə atmağa çalışır")])],
            [
                ("İyunun 16-da axşam saat 18:00 radələrində Ermənistanın Ararat və Armavir vilayətlərində güclü dolu yağıb.", ["aa1"], []),
                ("Erməni mediasının məlumatına görə, təbii fəlakətdən 20-dən çox kənd zərər çəkib.", ["aa4"], [att("məlumatına görə")]),
                ("Qısa müddətdə 40 millimetrdən çox yağış yağdığından Vedi çayı daşıb və Vedi şəhərinin küçələrini su basıb.", ["aa3"], []),
            ],
            [
                ("Ermənistan Fövqəladə Hallar Nazirliyi yüzlərlə evin damının və pəncərələrinin zədələndiyini bildirib.", ["aa7"], [att("bildirib")]),
                ("Doqquz nəfər xəsarət alıb.", ["aa8"], []),
                ("Ermənistan İqtisadiyyat Nazirliyinin məlumatına görə, 1500 hektardan çox meyvə və üzüm bağı məhv olub.", ["aa5"], [att("məlumatına görə")]),
                ("Yerli sakinlər dolu əleyhinə qurğuların işləmədiyindən şikayətlənir.", ["aa13"], [att("şikayətlənir")]),
            ],
            [
                ("Baş nazir Nikol Paşinyan fermerlərə ümumilikdə təxminən 20 milyon dollar kompensasiya ödəniləcəyini vəd edib.", ["aa10"], []),
                ("Ermənistan ərik ixracında əsasən Rusiya bazarından asılıdır və bu il ixracın kəskin azalacağı gözlənilir.", ["aa16"], [("hedge", "uncertain", "gözlənilir")]),
            ],
            [
                ("Bu arada erməni müxalifətçi deputat Qarnik Ovsepyan iddia edib ki, fırtınanı Türkiyənin İğdır vilayətində və ya Naxçıvanda buludlara kimyəvi maddə səpərək Ermənistana yönəldiblər.", ["aa17"], [doubt("iddia edib")]),
                ("Hətta Ermənistanın Hidrometeorologiya Mərkəzi də bu iddianın əsassız olduğunu bildirib.", ["aa17"], [doubt("iddianın"), att("bildirib")]),
                ("Prezidentin köməkçisi Hikmət Hacıyev isə bu sözləri absurd adlandıraraq qeyd edib ki, İrəvanda indi hava şəraitinə görə də Azərbaycanı günahlandırırlar.", ["aa18"], [att("adlandıraraq"), att("qeyd edib"), att("günahlandırırlar")]),
            ],
            [
                ("Şübhəsiz, İrəvan öz idarəçilik səhvlərini başqalarının üzərinə yıxmaqla heç bir problemi həll edə bilməz.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, 1988-ci ilə qədər Vedibasar mahalının kəndlərində minlərlə azərbaycanlı yaşayırdı.", [], []),
            ],
        ],
    },
    "hy-dashtayin-lratu.txt": {
        "header": " date 2026-06-18 (Դաշտային լրատու)",
        "paragraphs": [
            [("Կարկուտը ոչնչացրել է Արարատյան դաշտի ծիրանը, գյուղացիները փոխհատուցումը ծիծաղելի են համարում", ["aa1", "aa6", "aa12"], [att("համարում")])],
            [
                ("Երեքշաբթի ժամը 17:30-ի սահմաններում Արարատի և Արմավիրի մարզերի ավելի քան 20 համայնքում 25 րոպե շարունակ կարկուտ է տեղացել։", ["aa1", "aa4"], []),
                ("Այգավանի բնակիչների խոսքով՝ կարկտահատիկները աղավնու ձվի չափ էին՝ մինչև 5 սանտիմետր տրամագծով։", ["aa2"], [att("խոսքով")]),
                ("Կարկուտին հաջորդած տեղատարափից Վեդի գետը դուրս է եկել ափերից, և ցեխաջուրը լցվել է Վեդի քաղաքի ու Այգավանի բակերը։", ["aa3"], []),
            ],
            [
                ("Էկոնոմիկայի նախարարության նախնական տվյալներով՝ վնասվել է 2400 հեկտար պտղատու և խաղողի այգի, սակայն գյուղացիների հաշվարկով՝ վնասված տարածքն անցնում է 3000 հեկտարից։", ["aa5"], [("hedge", "uncertain", "նախնական տվյալներով"), att("հաշվարկով")]),
                ("Ֆերմերների գնահատմամբ՝ կորել է 30-35 հազար տոննա ծիրան։", ["aa6"], [att("գնահատմամբ")]),
                ("Գյուղապետերի տվյալներով՝ վնասվել է մոտ 500 տուն և 180 ջերմատուն, իսկ 13 մարդ վիրավորվել է։", ["aa7", "aa8"], [att("տվյալներով")]),
            ],
            [
                ("Այգավանցիները պատմում են, որ գյուղի կարկտապաշտպան կայանները չեն աշխատել, քանի որ գազի բալոնները դատարկ էին։", ["aa13"], [att("պատմում են")]),
                ("Էկոնոմիկայի նախարարությունը պնդում է, թե կայանների մեծ մասն աշխատել է, պարզապես դրանք անզոր են նման ուժգնության կարկուտի դեմ։", ["aa13"], [doubt("պնդում է")]),
                ("Վարչապետ Նիկոլ Փաշինյանը չորեքշաբթի Այգավանում խոստացել է յուրաքանչյուր ոչնչացված հեկտարի համար վճարել 500 հազար դրամ, ինչի համար կառավարությունը կհատկացնի 8 միլիարդ դրամ։", ["aa10"], []),
                ("«Մեկ հեկտար ծիրանի այգին նորից տնկելը 4 միլիոն դրամ արժե, իսկ ծառը բերք կտա միայն հինգ տարի հետո», — ասում է Այգավանի բնակիչ Վարդան Կարապետյանը։", ["aa12"], [att("ասում է")]),
                ("Գյուղացիները հիշեցնում են, որ անցյալ տարվա կարկուտի փոխհատուցումը ստացել են միայն ձմռանը։", ["aa12"], [att("հիշեցնում են")]),
            ],
            [
                ("Պետության կողմից սուբսիդավորվող գյուղատնտեսական ապահովագրությունից երկու մարզում օգտվել է ընդամենը մի քանի հարյուր ֆերմեր։", ["aa11"], []),
                ("Ընդդիմադիր պատգամավոր Գառնիկ Հովսեփյանը հայտարարել է, թե չի բացառվում, որ Թուրքիան կամ Ադրբեջանը ամպերի սերմանում են իրականացրել, և պահանջել է ուսումնասիրություն սկսել։", ["aa17"], [att("հայտարարել է"), ("hedge", "uncertain", "չի բացառվում")]),
                ("Հիդրոօդերևութաբանության և մոնիտորինգի կենտրոնը վստահեցնում է, որ ոչ մի տեխնոլոգիա չի կարող փոթորիկը տասնյակ կիլոմետրեր տեղափոխել։", ["aa17"], [att("վստահեցնում է")]),
            ],
            [
                ("Այգավանի ծիրանենիների մեծ մասը տնկվել է դեռ խորհրդային տարիներին։", [], []),
            ],
        ],
    },
    "tr-yamac-postasi.txt": {
        "header": " date 2026-06-17 (Yamaç Postası)",
        "paragraphs": [
            [("Ermenistan'da dolu felaketi: Muhalefet milletvekili Türkiye ve Azerbaycan'ı suçladı", ["aa1", "aa17"], [att("suçladı")])],
            [
                ("Ermenistan'ın Ararat ve Armavir bölgelerinde salı akşamı etkili olan dolu ve sağanak, 17 köyde ağır hasara yol açtı.", ["aa1", "aa4"], []),
                ("Bir saatte yaklaşık 50 milimetre yağışın düştüğü bölgede Vedi Çayı taştı.", ["aa3"], []),
                ("Ermenistan Acil Durumlar Bakanlığı, en az dokuz kişinin yaralandığını açıkladı.", ["aa8"], [att("açıkladı")]),
            ],
            [
                ("Ekonomi Bakanlığı'na göre 2 bin 400 hektar meyve bahçesi ve bağ zarar gördü.", ["aa5"], [att("Bakanlığı'na göre")]),
                ("Hasada birkaç gün kala yaklaşık 25 bin ton kayısının yok olduğu tahmin ediliyor.", ["aa6"], [("hedge", "uncertain", "tahmin ediliyor")]),
                ("Ermenistan'ın geçen yıl ihraç ettiği yaklaşık 60 bin ton kayısının büyük bölümü Rusya'ya gitmişti.", ["aa16"], []),
            ],
            [
                ("Başbakan Nikol Paşinyan, çarşamba günü Aygavan köyünü ziyaret ederek çiftçilere hektar başına yaklaşık 1.300 dolar tazminat sözü verdi.", ["aa10"], []),
                ("Ermeni meteorolog Armine Tovmasyan, kuzeybatıdan gelen soğuk hava cephesinin 38 dereceye ulaşan sıcak havayla karşılaştığını söyledi.", ["aa14"], [att("söyledi")]),
                ("Uzmanlar, bölgede son yıllarda sıklaşan dolu fırtınalarını iklim değişikliğine bağlıyor.", ["aa15"], [att("bağlıyor")]),
            ],
            [
                ("Muhalefet milletvekili Garnik Hovsepyan ise fırtınanın Türkiye'nin Iğdır ilinde ya da Nahçıvan'da yapılan bulut tohumlama çalışmaları yüzünden Ermenistan'a yöneldiğini iddia etti.", ["aa17"], [doubt("iddia etti")]),
                ("Azerbaycan Cumhurbaşkanı Dış Politika Danışmanı Hikmet Hacıyev, bu iddiayı gülünç olarak nitelendirdi.", ["aa18"], [doubt("iddiayı"), att("nitelendirdi")]),
                ("Hacıyev, Ermeni siyasetçilerin artık hava durumundan bile Azerbaycan'ı sorumlu tuttuğunu söyledi.", ["aa18"], [att("sorumlu tuttuğunu"), att("söyledi")]),
            ],
            [
                ("Aynı akşam Aras Nehri'nin karşı kıyısındaki Iğdır'da da dolu yağdığı ve bazı tarlaların zarar gördüğü bildirildi.", [], [att("bildirildi")]),
                ("Türkiye ile Ermenistan arasındaki Margara sınır kapısı, 2023'teki depremin ardından yardım tırlarının geçişi için kısa bir süre açılmıştı.", [], []),
            ],
        ],
    },
    "fr-feuille-des-vergers.txt": {
        "header": " date 2026-06-18 (La Feuille des Vergers)",
        "paragraphs": [
            [("Arménie : la grêle ravage les vergers d'abricotiers de la plaine de l'Ararat", ["aa1", "aa5"], [])],
            [
                ("En une vingtaine de minutes, mardi en fin d'après-midi, un orage de grêle d'une rare violence a dévasté une bonne partie des vergers de la plaine de l'Ararat, à quelques jours de la récolte des abricots.", ["aa1", "aa5"], []),
                ("Les grêlons, gros comme des balles de ping-pong, ont haché les feuilles et les fruits.", ["aa2"], []),
                ("Selon le ministère de l'Économie, plus de 2 000 hectares de vergers et de vignes sont touchés, et des dizaines de milliers de tonnes d'abricots sont perdues.", ["aa5", "aa6"], [att("Selon")]),
            ],
            [
                ("Près de 50 millimètres de pluie sont tombés en moins d'une heure, et la rivière Vedi est sortie de son lit.", ["aa3"], []),
                ("Plus de 200 habitants ont été évacués de leurs maisons inondées.", ["aa9"], [mv("evacuation", "évacués")]),
                ("Quelque 400 maisons ont eu leur toit ou leurs fenêtres endommagés.", ["aa7"], []),
            ],
            [
                ("Le Premier ministre Nikol Pachinian a promis 500 000 drams (environ 1 200 euros) par hectare détruit.", ["aa10"], []),
                ("Une somme « dérisoire », disent les agriculteurs, pour qui replanter un hectare coûte huit fois plus.", ["aa12"], [att("disent"), ("scare-quote", "distancing", "« dérisoire »")]),
                ("Depuis 2019, l'État prend en charge la moitié de la prime d'assurance agricole, mais à peine 5 % des vergers de la région étaient assurés.", ["aa11"], []),
            ],
            [
                ("Un front froid venu du nord-ouest a rencontré un air surchauffé à 38 °C, explique Armine Tovmassian, prévisionniste au Centre d'hydrométéorologie et de surveillance.", ["aa14"], [att("explique")]),
                ("Les orages de grêle sont deux fois plus fréquents qu'il y a dix ans dans la vallée, et la prévisionniste y voit un effet du réchauffement climatique.", ["aa15"], [att("y voit")]),
                ("Un député d'opposition, Garnik Hovsepian, prétend pour sa part que des opérations d'ensemencement des nuages en Turquie ou au Nakhitchevan auraient détourné l'orage vers l'Arménie.", ["aa17"], [doubt("prétend"), ("hedge", "hearsay", "auraient")]),
                ("Les météorologues arméniens jugent l'hypothèse sans fondement.", ["aa17"], [att("jugent")]),
            ],
            [
                ("L'abricot a même donné son nom à la troisième couleur du drapeau arménien, officiellement appelée couleur abricot.", [], []),
                ("Les vignes de la région d'Armavir fournissent une bonne partie du raisin des cognacs arméniens.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (ab), held out: on Thursday 3 September 2026 the Margara–Alican crossing on the Aras
# between Armenia's Armavir province and Turkey's Iğdır province opens to citizens of third
# countries and holders of diplomatic passports, the first regular crossing on the border Turkey
# closed in 1993; the special envoys Ruben Rubinyan and Serdar Kılıç cut the ribbon on the bridge;
# the people who crossed on the first day by outlet, the ambassadors' minibus, the hours, Armenian
# border guards without the Russian ones, no freight yet and the trucks expected, the trade through
# Georgia, the Kars–Gyumri railway, the statements of Pashinyan, Hakan Fidan, Hikmet Hajiyev and
# Maria Zakharova, the protest near Margara demanding recognition of the genocide, Iğdır's hopes,
# the agreement of July 2022 and the aid lorries of February 2023. Written without looking at the
# concept lexicon, the cue lexicons or the aligner. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AB = {
    "ab1": "On Thursday 3 September the Margara–Alican crossing on the Aras between Armenia and Turkey's Iğdır province opened to citizens of third countries and holders of diplomatic passports, the first regular crossing on the border since Turkey closed it in 1993 (tr: after 33 years; the ru and hy headlines: for foreigners only, with ab5; the de headline with ab6)",
    "ab2": "At a ceremony on the bridge over the Aras the two countries' special envoys for normalisation, Ruben Rubinyan and Serdar Kılıç, cut the ribbon (en: shortly after ten in the morning; az: took part in the ceremony)",
    "ab3": "The crossing is open every day from 9:00 to 18:00 (es: nine in the morning to six in the evening; de: nine to 19:00, by the Turkish trade ministry)",
    "ab4": "The people who crossed on the first day (en, es: 214 in 41 vehicles, by Armenia's State Revenue Committee, en: in both directions, mostly diplomats, journalists and tourists; ru: about two hundred, mostly journalists and diplomats, by Armenian customs; az: more than 200, by Turkish media; hy: only about 170, mostly journalists and diplomats, by the outlet's correspondent; tr: 263 passengers in both directions, by the Alican customs; de: a good 200 travellers in about 40 vehicles, by Armenian figures)",
    "ab5": "Armenian and Turkish citizens still cannot use the crossing (es: Rubinyan hopes it will open to them in the coming months, Ankara gives no date; hy: Rubinyan claims the second stage could start by the end of the year, doubted, and the Turkish blockade goes on for Armenians; tr: not yet known when); the ru and hy headlines (for foreigners only)",
    "ab6": "Freight is not yet allowed; once it is, the crossing could handle up to 300 trucks a day by the Armenian Ministry of Economy's estimate (es: about 300, by Yerevan; de: from 2027 at the earliest; tr: up to 500, by the Iğdır Chamber of Commerce and Industry); the de headline (lorries must wait)",
    "ab7": "Turkish goods reach Armenia only by the detour through Georgia, worth about 280 million dollars last year (ru: almost 300 million; tr: close to 300 million; az: no figure; de: about 280 million, and forwarders in Yerevan expect transport costs through Margara to fall by a third)",
    "ab8": "The Kars–Gyumri railway, closed since 1993: Yerevan has proposed a joint technical inspection of the line this autumn (ru: Ankara says it is not on the agenda, and the Armenian section is run under concession by South Caucasus Railway, a subsidiary of Russian Railways; hy: Ankara has not answered; de: track and bridges on the Armenian side reportedly in poor condition)",
    "ab9": "Pashinyan called it a historic day and said Armenia is ready to establish diplomatic relations with Turkey without preconditions (az: 'claimed'; de: the historic day only)",
    "ab10": "Turkey's foreign minister Hakan Fidan welcomed the step (en: concrete; tr: historic) and said further steps would follow in step with the peace process between Azerbaijan and Armenia (hy: presented as Ankara's preconditions)",
    "ab11": "Hikmet Hajiyev said Baku respects the sovereign decision of brotherly Turkey, but full normalisation will follow only once Armenia signs the peace treaty and changes its constitution (en: removes territorial claims from it; hy: «brotherly Turkey» quoted at a distance, a new demand; tr: the peace treaty only)",
    "ab12": "Maria Zakharova recalled that Russian border guards guard Armenia's border with Turkey under the 1992 treaty, said Moscow always supported normalisation and warned extra-regional players against using the process (es: Moscow received the news with suspicion; de: she called it a positive step); es and de quote «actores extrarregionales» / „außerregionaler Akteure“ at a distance",
    "ab13": "Near Margara protesters from nationalist and diaspora groups demanded that Turkey first recognise the Armenian genocide (en: about 150; es, ru: a few dozen, ru: activists of the ARF Dashnaktsutyun; hy: several hundred; az: 'a group of radical Dashnaks'; tr: a group of Armenian nationalists, 'so-called genocide claims'); police kept them from the bridge and detained some who tried to block the road (en: four; es: at least three; ru: several, hearsay; hy: seven)",
    "ab14": "On the Armenian side the crossing is staffed by Armenian border guards and customs officers, not by the Russian border guards who still guard much of the border with Turkey (ru: the Russians were not even invited to the ceremony)",
    "ab15": "The first across was a minibus with ambassadors of EU countries accredited in Yerevan (en: twelve; es: about a dozen, European; de: 14), welcomed on the Turkish side by the governor of Iğdır",
    "ab16": "Hoteliers and traders in Iğdır hope for foreign tourists on their way to Mount Ararat (es, tr: and the ruins of Ani); de: a currency exchange has already opened in Margara",
    "ab17": "Turkey closed the border in 1993 in solidarity with Azerbaijan during the First Karabakh War (az, tr: after Armenian forces occupied Kalbajar); the envoys agreed in July 2022 to open it to third-country nationals, which took four years (en, es)",
    "ab18": "The crossing was last opened briefly in February 2023, for Armenian aid lorries bound for the earthquake zone in Turkey",
}

ARTICLES_AB = {
    "en-bridgehead-times.txt": {
        "header": " date 2026-09-03 (The Bridgehead Times)",
        "paragraphs": [
            [("Armenia–Turkey border crossing opens to foreigners for the first time since 1993", ["ab1"], [])],
            [
                ("The Margara–Alican crossing on the Aras river opened on Thursday to citizens of third countries and holders of diplomatic passports, more than three decades after Turkey sealed its border with Armenia.", ["ab1"], []),
                ("The two countries' special envoys for normalisation, Ruben Rubinyan and Serdar Kılıç, cut a red ribbon in the middle of the bridge shortly after ten in the morning.", ["ab2"], []),
                ("Margara, a farming village in Armenia's Armavir province, lies about 35 kilometres west of Yerevan.", [], []),
            ],
            [
                ("Armenia's State Revenue Committee said 214 people in 41 vehicles crossed in both directions on the first day, most of them diplomats, journalists and foreign tourists.", ["ab4"], [att("said")]),
                ("The first to cross was a minibus carrying twelve ambassadors of European Union countries accredited in Yerevan, who were welcomed on the Turkish side by the governor of Iğdır.", ["ab15"], []),
                ("The crossing will be open every day from 9:00 to 18:00.", ["ab3"], []),
                ("On the Armenian side it is staffed by Armenian border guards and customs officers; the Russian border guards who still patrol much of the frontier with Turkey took no part.", ["ab14"], []),
            ],
            [
                ("Freight is not yet allowed through, but Armenia's Ministry of Economy said the crossing could eventually handle up to 300 trucks a day.", ["ab6"], [att("said"), ("hedge", "uncertain", "could")]),
                ("Turkish goods worth about $280 million reached Armenia last year, all of them by a detour of several hundred kilometres through Georgia.", ["ab7"], []),
            ],
            [
                ("Prime Minister Nikol Pashinyan called it a historic day and said Armenia was ready to establish diplomatic relations with Turkey without preconditions.", ["ab9"], [att("called"), att("said")]),
                ("Turkish Foreign Minister Hakan Fidan welcomed a concrete step but said further moves would depend on progress in the peace process between Azerbaijan and Armenia.", ["ab10"], [att("welcomed"), att("said")]),
                ("In Baku, Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said full normalisation would follow once Armenia signed the peace treaty and removed territorial claims from its constitution.", ["ab11"], [att("said")]),
            ],
            [
                ("About 150 protesters gathered on the road outside Margara, holding banners that demanded Turkey first recognise the Armenian genocide of 1915.", ["ab13"], []),
                ("Police kept them about a kilometre from the bridge and detained four people who tried to block the road.", ["ab13"], []),
            ],
            [
                ("Turkey closed the border in 1993 in solidarity with Azerbaijan during the First Karabakh War.", ["ab17"], []),
                ("The envoys agreed in July 2022 to open it to third-country nationals, but the decision took four years to carry out.", ["ab17"], []),
                ("The bridge was last opened in February 2023, when Armenian lorries carrying aid crossed into Turkey after the earthquake there.", ["ab18"], []),
                ("Mount Ararat, a national symbol for Armenians, rises on the Turkish side of the border, clearly visible from the crossing.", [], []),
            ],
        ],
    },
    "es-noticias-del-umbral.txt": {
        "header": " date 2026-09-04 (Las Noticias del Umbral)",
        "paragraphs": [
            [("Turquía abre a extranjeros y diplomáticos el paso fronterizo de Margara, cerrado desde 1993", ["ab1"], [])],
            [
                ("El paso de Margara-Alican, sobre el río Aras, se abrió el jueves a los ciudadanos de terceros países y a los titulares de pasaportes diplomáticos, por primera vez desde que Turquía cerró su frontera con Armenia.", ["ab1"], []),
                ("Según el Comité de Ingresos del Estado armenio, el primer día cruzaron 214 personas en 41 vehículos.", ["ab4"], [att("Según")]),
                ("Abrió la marcha un microbús con una docena de embajadores europeos acreditados en Ereván.", ["ab15"], []),
            ],
            [
                ("Los ciudadanos armenios y turcos, sin embargo, todavía no pueden utilizar el paso.", ["ab5"], []),
                ("El enviado especial armenio, Rubén Rubinián, confía en que puedan hacerlo en los próximos meses, pero Ankara no ha dado ninguna fecha.", ["ab5"], [att("confía en")]),
                ("El puesto funcionará todos los días de nueve de la mañana a seis de la tarde.", ["ab3"], []),
            ],
            [
                ("Los camiones tendrán que esperar, porque el transporte de mercancías queda excluido por ahora, aunque en Ereván calculan que el paso podría absorber unos 300 camiones diarios.", ["ab6"], [att("calculan"), ("hedge", "uncertain", "podría")]),
                ("Las exportaciones turcas a Armenia rondaron el año pasado los 280 millones de dólares, y todas llegaron a través de Georgia.", ["ab7"], []),
                ("En Iğdır, los hoteleros confían en atraer a los turistas que quieran visitar las ruinas de Ani o contemplar el Ararat desde el lado turco.", ["ab16"], [att("confían en")]),
            ],
            [
                ("El primer ministro armenio, Nikol Pashinián, habló de un día histórico y reiteró su disposición a establecer relaciones diplomáticas sin condiciones previas.", ["ab9"], [att("habló de"), att("reiteró")]),
                ("El ministro turco de Exteriores, Hakan Fidan, vinculó los próximos pasos a la paz entre Armenia y Azerbaiyán.", ["ab10"], [att("vinculó")]),
                ("Moscú, cuyos guardias fronterizos vigilan todavía la frontera armenio-turca, recibió la noticia con recelo, y la portavoz María Zajárova advirtió contra la injerencia de «actores extrarregionales».", ["ab12"], [att("advirtió"), ("scare-quote", "distancing", "«actores extrarregionales»")]),
            ],
            [
                ("Frente a la aldea de Margara, varias decenas de manifestantes exigieron que Turquía reconozca primero el genocidio armenio.", ["ab13"], []),
                ("Al menos tres de ellos fueron detenidos cuando intentaban cortar la carretera.", ["ab13"], [("agency", "agentless", "fueron detenidos")]),
            ],
            [
                ("Turquía cerró la frontera en 1993 en solidaridad con Azerbaiyán, durante la primera guerra de Karabaj.", ["ab17"], []),
                ("El acuerdo para abrirla a los extranjeros se alcanzó en julio de 2022, pero ha tardado cuatro años en aplicarse.", ["ab17"], []),
                ("Armenia, sin salida al mar, depende de las carreteras de Georgia e Irán para casi todo su comercio exterior.", [], []),
            ],
        ],
    },
    "ru-pogranichnaya-khronika.txt": {
        "header": " date 2026-09-03 (Пограничная хроника)",
        "paragraphs": [
            [("На армяно-турецкой границе открылся КПП «Маргара» — пока только для иностранцев", ["ab1", "ab5"], [])],
            [
                ("В четверг пункт пропуска Маргара — Аликан на реке Аракс впервые с 1993 года открылся для граждан третьих стран и обладателей дипломатических паспортов.", ["ab1"], []),
                ("Пропускать людей будут ежедневно с 9 до 18 часов.", ["ab3"], []),
                ("По данным армянской таможни, в первый день границу пересекли около двухсот человек, в основном журналисты и дипломаты.", ["ab4"], [att("По данным")]),
            ],
            [
                ("Армянскую часть КПП обслуживают армянские пограничники и таможенники, а российских пограничников на церемонию даже не пригласили.", ["ab14"], []),
                ("Официальный представитель МИД России Мария Захарова напомнила, что российские пограничники по-прежнему охраняют армяно-турецкую границу на основании договора 1992 года.", ["ab12"], [att("напомнила")]),
                ("По её словам, Москва всегда поддерживала нормализацию между Ереваном и Анкарой, но внерегиональным игрокам не следует использовать этот процесс в своих интересах.", ["ab12"], [att("По её словам")]),
                ("Западные столицы между тем поспешили приписать открытие границы собственным усилиям.", [], [doubt("поспешили")]),
            ],
            [
                ("Никол Пашинян назвал этот день историческим и вновь предложил Анкаре установить дипломатические отношения без предварительных условий.", ["ab9"], [att("назвал")]),
                ("В Баку помощник президента Хикмет Гаджиев заявил, что полная нормализация возможна лишь после подписания мирного договора и изменения армянской конституции.", ["ab11"], [att("заявил")]),
            ],
            [
                ("Главный вопрос — железная дорога Карс — Гюмри, закрытая с 1993 года.", ["ab8"], []),
                ("Армянский участок линии, как и вся железнодорожная сеть республики, находится в концессионном управлении «Южно-Кавказской железной дороги», дочерней компании РЖД.", ["ab8"], []),
                ("Ереван предлагает уже осенью провести совместный технический осмотр линии, однако в Анкаре отвечают, что этот вопрос пока не стоит на повестке.", ["ab8"], [att("отвечают")]),
                ("Турецкие товары и сейчас попадают в Армению через Грузию: в прошлом году их ввезли почти на 300 млн долларов.", ["ab7"], []),
            ],
            [
                ("У села Маргара несколько десятков активистов партии «Дашнакцутюн» и диаспорных организаций требовали, чтобы Турция сначала признала геноцид армян.", ["ab13"], []),
                ("Как сообщается, полиция задержала нескольких человек, пытавшихся перекрыть дорогу.", ["ab13"], [("hedge", "hearsay", "Как сообщается")]),
                ("Напомним, что Турция закрыла границу с Арменией в 1993 году в знак солидарности с Азербайджаном.", ["ab17"], []),
                ("В 2024 году Армения заморозила своё участие в ОДКБ.", [], []),
            ],
        ],
    },
    "az-qovsaq.txt": {
        "header": " date 2026-09-03 (Qovşaq)",
        "paragraphs": [
            [("Türkiyə ilə Ermənistan arasında Alican–Marqara keçidi üçüncü ölkə vətəndaşları üçün açıldı", ["ab1"], [])],
            [
                ("Sentyabrın 3-də Türkiyənin İğdır vilayəti ilə Ermənistan arasındakı Alican–Marqara sərhəd-keçid məntəqəsi üçüncü ölkələrin vətəndaşları və diplomatik pasport sahibləri üçün açılıb.", ["ab1"], []),
                ("Açılış mərasimində iki ölkənin normallaşma prosesi üzrə xüsusi nümayəndələri Serdar Kılıç və Ruben Rubinyan iştirak ediblər.", ["ab2"], []),
                ("Türkiyə mediasının məlumatına görə, ilk gün keçiddən 200-dən çox nəfər keçib.", ["ab4"], [att("məlumatına görə")]),
                ("Ermənistan və Türkiyə vətəndaşları isə hələlik bu keçiddən istifadə edə bilməyəcəklər.", ["ab5"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Azərbaycan qardaş Türkiyənin suveren qərarına hörmətlə yanaşır.", ["ab11"], [att("bildirib")]),
                ("Hacıyevin sözlərinə görə, tam normallaşma yalnız Ermənistan sülh müqaviləsini imzaladıqdan və konstitusiyasını dəyişdikdən sonra mümkün olacaq.", ["ab11"], [att("sözlərinə görə")]),
                ("Türkiyənin xarici işlər naziri Hakan Fidan da vurğulayıb ki, növbəti addımlar Azərbaycanla Ermənistan arasındakı sülh prosesi ilə uzlaşdırılaraq atılacaq.", ["ab10"], [att("vurğulayıb")]),
            ],
            [
                ("Ermənistanın baş naziri Nikol Paşinyan isə iddia edib ki, İrəvan Ankara ilə heç bir ilkin şərt olmadan diplomatik münasibətlər qurmağa hazırdır.", ["ab9"], [doubt("iddia edib")]),
                ("Şübhəsiz, Ankara ilə Bakının mövqeləri bu məsələdə tam üst-üstə düşür.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Hazırda Türkiyə malları Ermənistana yalnız Gürcüstan ərazisindən keçməklə çatdırılır.", ["ab7"], []),
            ],
            [
                ("Keçidin yaxınlığında bir qrup radikal daşnak Türkiyə əleyhinə şüarlarla aksiya keçirməyə cəhd edib.", ["ab13"], []),
                ("Erməni polisi aksiya iştirakçılarını körpüyə yaxınlaşmağa qoymayıb.", ["ab13"], []),
            ],
            [
                ("Xatırladaq ki, Türkiyə 1993-cü ildə Ermənistan silahlı qüvvələrinin Kəlbəcər rayonunu işğal etməsindən sonra Ermənistanla sərhədi bağlamışdı.", ["ab17"], [("loaded", "contested", "işğal")]),
                ("Ekspertlər hesab edir ki, Zəngəzur dəhlizi açıldıqdan sonra regionda daha geniş nəqliyyat imkanları yaranacaq.", [], [att("hesab edir"), ("loaded", "az-frame", "Zəngəzur dəhlizi")]),
            ],
        ],
    },
    "hy-kamurj.txt": {
        "header": " date 2026-09-04 (Կամուրջ)",
        "paragraphs": [
            [("Մարգարայի անցակետը բացվեց օտարերկրացիների համար, իսկ հայերի առջև սահմանը փակ է մնում", ["ab1", "ab5"], [])],
            [
                ("Սեպտեմբերի 3-ին Արաքսի վրա գտնվող Մարգարա–Ալիջան անցակետը բացվեց երրորդ երկրների քաղաքացիների և դիվանագիտական անձնագիր ունեցողների համար։", ["ab1"], []),
                ("Կամրջի մեջտեղում ժապավենը կտրեցին Հայաստանի և Թուրքիայի միջև հարաբերությունների կարգավորման հարցով հատուկ բանագնացներ Ռուբեն Ռուբինյանը և Սերդար Քըլըչը։", ["ab2"], []),
                ("Մեր թղթակցի հաշվարկով՝ առաջին օրը սահմանը հատել է ընդամենը մոտ 170 մարդ, որոնց մեծ մասը լրագրողներ և դիվանագետներ էին։", ["ab4"], [att("հաշվարկով")]),
            ],
            [
                ("Հայաստանի և Թուրքիայի քաղաքացիներն առայժմ չեն կարող օգտվել անցակետից։", ["ab5"], []),
                ("Այսինքն՝ հայերի համար թուրքական շրջափակումը շարունակվում է։", ["ab5"], [("loaded", "hy-frame", "շրջափակումը")]),
                ("Ռուբինյանը պնդում է, որ երկրորդ փուլը, երբ սահմանը կբացվի նաև երկու երկրների քաղաքացիների համար, կարող է սկսվել մինչև տարեվերջ։", ["ab5"], [doubt("պնդում է"), ("hedge", "uncertain", "կարող է")]),
            ],
            [
                ("Վարչապետ Նիկոլ Փաշինյանն այս օրը պատմական է անվանել և կրկին հայտարարել, որ Հայաստանը պատրաստ է առանց նախապայմանների դիվանագիտական հարաբերություններ հաստատել Թուրքիայի հետ։", ["ab9"], [att("անվանել"), att("հայտարարել")]),
                ("Սակայն Անկարան շարունակում է նախապայմաններ դնել, և Հաքան Ֆիդանը հայտարարել է, որ հաջորդ քայլերը կախված են Ադրբեջանի հետ խաղաղության գործընթացից։", ["ab10"], [att("հայտարարել է")]),
                ("Բաքվում Հիքմեթ Հաջիևը, ողջունելով «եղբայրական Թուրքիայի» որոշումը, նոր պահանջ է դրել՝ փոխել Հայաստանի Սահմանադրությունը։", ["ab11"], [att("ողջունելով"), ("scare-quote", "distancing", "«եղբայրական Թուրքիայի»")]),
            ],
            [
                ("Մարգարա գյուղի մոտ մի քանի հարյուր մարդ, այդ թվում՝ սփյուռքյան կազմակերպությունների ներկայացուցիչներ, բողոքի ակցիա էին անցկացնում՝ պահանջելով, որ Թուրքիան նախ ճանաչի Հայոց ցեղասպանությունը։", ["ab13"], []),
                ("Ոստիկանությունը բերման է ենթարկել յոթ ցուցարարի, որոնք փորձում էին փակել դեպի անցակետ տանող ճանապարհը։", ["ab13"], []),
            ],
            [
                ("Անցակետի հայկական կողմում ծառայում են Հայաստանի սահմանապահներն ու մաքսավորները՝ առանց ռուս սահմանապահների։", ["ab14"], []),
                ("Կառավարությունն առաջարկել է աշնանը համատեղ տեխնիկական զննում անցկացնել 1993 թվականից փակ Կարս–Գյումրի երկաթուղու վրա, սակայն Անկարան դեռ չի պատասխանել։", ["ab8"], []),
                ("Սահմանի մյուս կողմում՝ Կարսի նահանգում, գտնվում են Հայոց թագավորության միջնադարյան մայրաքաղաք Անիի ավերակները։", [], []),
            ],
        ],
    },
    "tr-agri-etegi.txt": {
        "header": " date 2026-09-03 (Ağrı Eteği Gazetesi)",
        "paragraphs": [
            [("Alican Sınır Kapısı 33 yıl sonra üçüncü ülke vatandaşlarına açıldı", ["ab1"], [])],
            [
                ("Iğdır'daki Alican Sınır Kapısı, Ermenistan ile normalleşme sürecinin ilk somut adımı olarak perşembe günü üçüncü ülke vatandaşlarının ve diplomatik pasaport sahiplerinin geçişine açıldı.", ["ab1"], []),
                ("Aras Nehri üzerindeki köprüde düzenlenen törende kurdeleyi Türkiye'nin Özel Temsilcisi Büyükelçi Serdar Kılıç ile Ermenistan'ın Özel Temsilcisi Ruben Rubinyan birlikte kesti.", ["ab2"], []),
                ("Kapıdan ilk geçen araç, Erivan'da görev yapan AB ülkelerinin büyükelçilerini taşıyan bir minibüs oldu ve büyükelçileri Iğdır Valisi karşıladı.", ["ab15"], []),
            ],
            [
                ("Alican Gümrük Müdürlüğü'nden edinilen bilgiye göre, ilk gün kapıdan iki yönde toplam 263 yolcu geçti.", ["ab4"], [att("bilgiye göre")]),
                ("Türk ve Ermeni vatandaşlarının kapıyı ne zaman kullanabileceği ise henüz belli değil.", ["ab5"], []),
            ],
            [
                ("Dışişleri Bakanı Hakan Fidan, atılan adımın tarihi olduğunu belirterek sürecin sonraki aşamalarının Azerbaycan ile Ermenistan arasındaki barış süreciyle uyum içinde ilerleyeceğini vurguladı.", ["ab10"], [att("belirterek"), att("vurguladı")]),
                ("Azerbaycan Cumhurbaşkanı Dış Politika Danışmanı Hikmet Hacıyev de Türkiye'nin kararına saygı duyduklarını, tam normalleşmenin ise Ermenistan'ın barış anlaşmasını imzalamasına bağlı olduğunu söyledi.", ["ab11"], [att("söyledi")]),
            ],
            [
                ("Iğdır Ticaret ve Sanayi Odası, kapı yük taşımacılığına açıldığında günde 500 tıra kadar geçiş olabileceğini tahmin ediyor.", ["ab6"], [att("tahmin ediyor"), ("hedge", "uncertain", "olabileceğini")]),
                ("Türkiye'nin Ermenistan'a ihracatı geçen yıl 300 milyon dolara yaklaştı, ancak mallar Gürcistan üzerinden uzun bir yol kat etmek zorunda kalıyor.", ["ab7"], []),
                ("Iğdırlı otelciler ve esnaf, Ağrı Dağı'nı ve Ani Ören Yeri'ni görmek isteyen yabancı turistlerin artık bu yoldan geleceğini umuyor.", ["ab16"], [att("umuyor")]),
            ],
            [
                ("Öte yandan bir grup Ermeni milliyetçisi, Margara köyü yakınında sözde Ermeni soykırımı iddialarının tanınmasını talep eden pankartlarla gösteri yaptı.", ["ab13"], [("scare-quote", "marker", "sözde"), doubt("iddialarının")]),
                ("Ermeni polisi göstericilerin köprüye yaklaşmasına izin vermedi.", ["ab13"], []),
            ],
            [
                ("Türkiye, Ermenistan'ın 1993'te Azerbaycan'ın Kelbecer bölgesini işgal etmesinin ardından sınırı kapatmıştı.", ["ab17"], [("loaded", "contested", "işgal")]),
                ("İki ülkenin özel temsilcileri, kapının üçüncü ülke vatandaşlarına açılması konusunda Temmuz 2022'de mutabakata varmıştı.", ["ab17"], []),
                ("Kapı, Şubat 2023'teki depremlerin ardından Ermenistan'dan gelen yardım tırları için kısa bir süreliğine açılmıştı.", ["ab18"], []),
                ("Ani Ören Yeri, 2016 yılında UNESCO Dünya Mirası Listesi'ne alınmıştı.", [], []),
            ],
        ],
    },
    "de-grenzgaenger.txt": {
        "header": " date 2026-09-04 (Der Grenzgänger)",
        "paragraphs": [
            [("Grenzübergang Margara öffnet – Lastwagen müssen weiter warten", ["ab1", "ab6"], [])],
            [
                ("Zum ersten Mal seit 1993 können Reisende wieder direkt von Armenien in die Türkei fahren: Am Donnerstag wurde der Grenzübergang Margara–Alican am Fluss Aras für Bürger von Drittstaaten und Diplomaten geöffnet.", ["ab1"], []),
                ("Am ersten Tag passierten nach armenischen Angaben gut 200 Reisende in rund 40 Fahrzeugen die Grenze.", ["ab4"], [att("nach armenischen Angaben")]),
                ("Als Erste fuhren 14 in Eriwan akkreditierte Botschafter von EU-Staaten in einem Kleinbus über die Brücke und wurden auf der türkischen Seite vom Gouverneur von Iğdır empfangen.", ["ab15"], []),
                ("Nach Angaben des türkischen Handelsministeriums ist der Übergang täglich von neun bis 19 Uhr geöffnet.", ["ab3"], [att("Nach Angaben")]),
            ],
            [
                ("Für den Güterverkehr bleibt die Grenze vorerst geschlossen.", ["ab6"], []),
                ("Das armenische Wirtschaftsministerium rechnet damit, dass frühestens 2027 bis zu 300 Lastwagen täglich abgefertigt werden könnten.", ["ab6"], [att("rechnet damit"), ("hedge", "uncertain", "könnten")]),
                ("Bisher nehmen türkische Waren den Umweg über Georgien, und im vergangenen Jahr lieferte die Türkei Waren im Wert von rund 280 Millionen Dollar nach Armenien.", ["ab7"], []),
                ("Spediteure in Eriwan schätzen, dass die Transportkosten über Margara um ein Drittel sinken könnten.", ["ab7"], [att("schätzen"), ("hedge", "uncertain", "könnten")]),
            ],
            [
                ("Noch ungewisser ist die Zukunft der Bahnstrecke Kars–Gjumri, die seit 1993 stillliegt.", ["ab8"], []),
                ("Auf armenischer Seite sollen Gleise und Brücken in schlechtem Zustand sein, und Eriwan hat eine gemeinsame technische Inspektion im Herbst vorgeschlagen.", ["ab8"], [("hedge", "hearsay", "sollen")]),
                ("Die Strecke wurde 1899 noch im Russischen Kaiserreich gebaut.", [], []),
            ],
            [
                ("Auf der armenischen Seite des Übergangs arbeiten armenische Grenzschützer und Zöllner, nicht die russischen Grenztruppen, die weiterhin große Teile der Grenze zur Türkei bewachen.", ["ab14"], []),
                ("In Moskau sprach Außenamtssprecherin Maria Sacharowa von einem positiven Schritt, warnte aber vor dem Einfluss „außerregionaler Akteure“.", ["ab12"], [att("sprach"), att("warnte"), ("scare-quote", "distancing", "„außerregionaler Akteure“")]),
                ("Regierungschef Nikol Paschinjan sprach von einem historischen Tag.", ["ab9"], [att("sprach")]),
                ("Armenische und türkische Staatsbürger dürfen den Übergang weiterhin nicht nutzen.", ["ab5"], []),
            ],
            [
                ("In Iğdır hoffen Hoteliers auf Touristen, die den Ararat aus der Nähe sehen wollen, und im armenischen Dorf Margara hat bereits eine Wechselstube eröffnet.", ["ab16"], [att("hoffen")]),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (ac), held out: from the night of Sunday 1 February 2026 heavy snow and avalanche danger
# close the Georgian Military Road over the Jvari Pass and with it the Upper Lars crossing between
# Georgia and Russia for five days; thousands of trucks (the count by outlet), many of them
# Armenian, stranded near Stepantsminda (Kazbegi) and in queues further south; drivers short of
# fuel and food in the frost, local help and a shelter in Stepantsminda; an Armenian driver found
# dead in his cab (carbon monoxide or the cold); Armenia's hotline and aid lorries; the Georgian
# Roads Department's figures, Georgia blaming slow Russian checks and Russia's border service the
# Georgian road service; Hajiyev's Middle Corridor and Zangezur corridor; traffic rerouted through
# Azerbaijan's Yalama crossing; Pashinyan's other routes and an opposition MP's charge of
# dependence on one road; cars let through on Friday 6 February, trucks in convoys from Saturday,
# the backlog and the carriers' losses. The first story with same-language pairs in three
# languages (two en, two ru, two az articles). Written without looking at the concept lexicon,
# the cue lexicons or the aligner. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AC = {
    "ac1": "From the night of Sunday 1 February heavy snow and avalanche danger closed the Georgian Military Road between Kobi and Gudauri over the Jvari Pass and with it the Upper Lars crossing between Georgia and Russia (en-highpass, hy: for five days; es, az-bazar: almost / about a week; ru-mtatsminda: trucks stood almost a week in the snow)",
    "ac2": "The number of trucks stranded on the Georgian side (en-highpass, ru-mtatsminda: about 3,200 on Friday morning, by Georgia's Interior Ministry; en-haulage: more than 4,000 by Tbilisi freight forwarders, against the official 3,200; ru-severnyi: about three thousand, by Georgian media; az-ulu-yol: more than 5,000, by Armenian media; az-bazar: about 3,200, by the Interior Ministry; hy: more than 4,000, by Armenia's association of international road carriers; es: about 3,000; the en-highpass and es headlines: thousands)",
    "ac3": "Where they were stuck: in and around Stepantsminda and Kobi (trucks that had come from Russia) and in queues stretching south towards Pasanauri and Mtskheta, some held at the truck park in Natakhtari (es: in Stepantsminda and in queues of tens of kilometres further south)",
    "ac4": "Many of the stranded trucks were Armenian (en-highpass, es: about 1,400, by Armenia's Ministry of Territorial Administration and Infrastructure / the Armenian government; en-haulage: roughly a third, carrying fruit, vegetables, cheese and brandy to Russia; ru-mtatsminda: almost half; az-ulu-yol: more than half, by Armenian media; hy: more than 1,800, by the carriers' association)",
    "ac5": "Drivers ran short of fuel, food and water in night frosts (en-highpass: minus 15 °C; ru-mtatsminda: minus 18, engines kept running for warmth; hy: minus 20; es: minus 17)",
    "ac6": "In Stepantsminda the municipality opened a heated school gym as a shelter and residents and volunteers (en-highpass: of the Georgian Red Cross) brought hot meals (ru-mtatsminda: soup and khachapuri; es: about 300 drivers evacuated to the gym)",
    "ac7": "On Wednesday morning (4 February) an Armenian driver, Hrachya Sahakyan, 58, from Gyumri, was found dead in his cab near Stepantsminda; Georgian police opened an investigation and a preliminary examination points to carbon monoxide poisoning from a cab heater (az-ulu-yol: froze to death, by preliminary information; hy: his colleagues say his fuel had run out and he froze)",
    "ac8": "Armenia's Ministry of Territorial Administration and Infrastructure set up a 24-hour hotline for the drivers and their families (en-highpass: and sent embassy staff from Tbilisi to the queues)",
    "ac9": "On Thursday the Armenian government sent lorries through Bagratashen with food, water and diesel for the drivers (en-haulage, ru-mtatsminda: four lorries, en-haulage: 15,000 litres of diesel; hy: five lorries with 25 tonnes; az-bazar: no number)",
    "ac10": "Georgia's Roads Department (its head Irakli Lomidze in ru-mtatsminda and az-bazar) reported up to / more than two metres of snow on the Jvari Pass, machinery working round the clock (en-highpass: some 60 snowploughs; az-bazar: about 80 machines) and avalanches set off on purpose (ru-mtatsminda: twelve avalanches in a week, some triggered; az-bazar: dozens triggered)",
    "ac11": "Georgian officials blamed slow checks at the Russian Upper Lars checkpoint for lengthening the queues even before the snow (en-haulage: fewer than 50 lorries an hour; ru-mtatsminda: Lomidze, no more than a thousand a day; ru-severnyi: 'hastened' to blame them, doubted; es: the two sides blamed each other)",
    "ac12": "Russia's FSB Border Directorate for North Ossetia said the Upper Lars checkpoint worked normally on its side and that the jam came from the Georgian road service's failure to clear the pass; about 800 vehicles waited on the Russian side to enter Georgia (ru-mtatsminda: doubted with 'утверждают'; es: the two sides blamed each other; the ru-severnyi headline)",
    "ac13": "Hikmet Hajiyev said the region should not depend on a single mountain pass and pointed to the Middle Corridor through Azerbaijan and the Zangezur corridor through southern Armenia as alternatives, also for Armenia (ru-severnyi: Baku 'did not miss the chance' to advertise the «so-called Middle Corridor»; hy: doubted, «so-called Zangezur corridor»; es: the Middle Corridor only)",
    "ac14": "Traffic was rerouted through Azerbaijan: Turkish, Georgian and Central Asian carriers went via Azerbaijan to the Yalama–Samur crossing with Russia, which kept working (az-bazar: truck traffic at Yalama up about 40 % from 1 to 6 February, by the State Customs Committee; en-haulage: up about 40 % during the week; az-ulu-yol: Hajiyev says Yalama–Samur works without interruption; the az-bazar headline)",
    "ac15": "The Armenian opposition MP Ashot Tevosyan accused the government of leaving the country hostage to / dependent on a single mountain road without building alternatives, and demanded compensation for the carriers (en-haulage, hy)",
    "ac16": "At Thursday's cabinet meeting Pashinyan said the closure showed Armenia needs other routes, the Crossroads of Peace and the North–South highway to Iran (az-ulu-yol: 'claimed', “Sülh kəsişməsi” quoted at a distance; es: the Crossroads of Peace only)",
    "ac17": "The road reopened on Friday 6 February in the afternoon, first for cars only; trucks were let through in convoys from Saturday morning, alternating directions (hy: reopened only partly; the en-highpass, en-haulage, ru-mtatsminda and hy headlines)",
    "ac18": "Clearing the backlog will take days (en-haulage: at least a week by forwarders, three to four days by Georgian officials; ru-mtatsminda: three to four days, by the Interior Ministry; az-bazar: at least five days, by experts; es: several days, by the Georgian authorities; the en-haulage headline)",
    "ac19": "The carriers' losses, with perishable loads spoiled (en-haulage: $250–300 a day per idle truck, about $2 million so far, by Armenia's association of international road carriers, tomatoes and cut flowers written off; az-bazar: more than $3 million, including spoiled fruit and vegetables; hy: about 1 billion drams, by the association)",
    "ac20": "Upper Lars is the only road crossing between Georgia and Russia and Armenia's main overland route to the Russian market (shared background; ru-severnyi, az-ulu-yol and es give it with ac1, es also with ac4)",
    "ac21": "The Georgian Military Road was built by the Russian Empire in the 19th century (background)",
    "ac22": "Armenia's border with Azerbaijan (and Turkey) is closed, so Armenian trucks cannot take other routes (background)",
}

ARTICLES_AC = {
    "en-highpass-wire.txt": {
        "header": " date 2026-02-06 (Highpass Wire)",
        "paragraphs": [
            [("Georgia reopens mountain road to Russia after snow strands thousands of trucks", ["ac17", "ac1", "ac2"], [])],
            [
                ("Georgia reopened the Georgian Military Road to cars on Friday afternoon, five days after heavy snow and the risk of avalanches shut the route over the Jvari Pass and, with it, the Upper Lars border crossing with Russia.", ["ac17", "ac1"], []),
                ("Heavy trucks are to be let through in convoys from Saturday morning, Georgia's Interior Ministry said.", ["ac17"], [att("said")]),
            ],
            [
                ("About 3,200 trucks were waiting on the Georgian side on Friday morning, according to the ministry.", ["ac2"], [att("according to")]),
                ("Armenia's Ministry of Territorial Administration and Infrastructure said about 1,400 of them were Armenian.", ["ac4"], [att("said")]),
                ("Drivers said they had run short of fuel, food and water as night temperatures fell to minus 15 degrees Celsius.", ["ac5"], [att("said")]),
                ("In the mountain town of Stepantsminda, also known as Kazbegi, the local authorities turned a school gym into a heated shelter and volunteers of the Georgian Red Cross handed out hot meals.", ["ac6"], []),
            ],
            [
                ("On Wednesday morning an Armenian driver, Hrachya Sahakyan, 58, was found dead in the cab of his truck near Stepantsminda.", ["ac7"], []),
                ("Georgian police opened an investigation, and a preliminary examination pointed to carbon monoxide poisoning from a cab heater.", ["ac7"], [("hedge", "uncertain", "preliminary")]),
                ("Armenia set up a 24-hour hotline for drivers and their families and sent staff from its embassy in Tbilisi to the queues.", ["ac8"], []),
            ],
            [
                ("Georgia's Roads Department said more than two metres of snow had fallen on the pass and that some 60 snowploughs had worked around the clock while specialists set off controlled avalanches.", ["ac10"], [att("said")]),
                ("Russia's border service said the Upper Lars checkpoint had kept working normally on its side and that about 800 vehicles were waiting in North Ossetia to enter Georgia.", ["ac12"], [att("said")]),
                ("Georgian officials countered that slow Russian checks had lengthened the queues even before the snow.", ["ac11"], [att("countered")]),
            ],
            [
                ("Prime Minister Nikol Pashinyan told a cabinet meeting on Thursday that the closure showed why Armenia needed other routes, including the Crossroads of Peace project across its south and the North–South highway to Iran.", ["ac16"], [att("told")]),
                ("In Baku, Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said the region should not depend on a single mountain pass and pointed to the Middle Corridor through Azerbaijan and to the route across southern Armenia that Baku calls the Zangezur corridor.", ["ac13"], [att("said"), att("pointed to"), ("loaded", "az-frame", "Zangezur corridor")]),
            ],
            [
                ("Upper Lars is the only road crossing between Georgia and Russia and Armenia's main overland link to the Russian market.", ["ac20"], []),
                ("The road, built by the Russian Empire in the nineteenth century, climbs to almost 2,400 metres at the pass.", ["ac21"], []),
            ],
        ],
    },
    "en-haulage-monitor.txt": {
        "header": " date 2026-02-07 (Haulage Monitor)",
        "paragraphs": [
            [("Trucks roll again at Upper Lars, but the backlog could take a week to clear", ["ac17", "ac18"], [("hedge", "uncertain", "could")])],
            [
                ("Convoys of lorries began crossing Georgia's Jvari Pass on Saturday morning behind snowploughs, ending a standstill that started on the night of 1 February.", ["ac17", "ac1"], []),
                ("Freight forwarders in Tbilisi put the number of heavy goods vehicles stuck on the Georgian side during the closure at more than 4,000, well above the official count of 3,200.", ["ac2"], [att("put the number")]),
                ("Roughly a third were Armenian, most of them carrying fruit, greenhouse vegetables, cheese and brandy to Russia.", ["ac4"], []),
            ],
            [
                ("With the convoys taking turns in each direction, forwarders expect it to take at least a week before traffic returns to normal.", ["ac18"], [att("expect")]),
                ("Georgian officials are more optimistic and talk of three to four days.", ["ac18"], [att("talk of")]),
                ("They also blame the Russian checkpoint, which in their words clears fewer than 50 lorries an hour even in good weather.", ["ac11"], [att("blame"), att("in their words")]),
            ],
            [
                ("For hauliers the bill keeps growing.", ["ac19"], []),
                ("Armenia's association of international road carriers estimates that every idle truck loses $250 to $300 a day, putting its members' losses at about $2 million so far.", ["ac19"], [att("estimates")]),
                ("Several loads of tomatoes and cut flowers have reportedly been written off.", ["ac19"], [("hedge", "hearsay", "reportedly")]),
                ("On Thursday the Armenian government sent four lorries with food, drinking water and 15,000 litres of diesel to the drivers waiting in the queues.", ["ac9"], []),
            ],
            [
                ("Some carriers avoided the pass altogether.", ["ac14"], []),
                ("Turkish, Georgian and Central Asian hauliers rerouted through Azerbaijan to its Yalama crossing with Russia, where truck traffic rose by about 40% during the week, according to Azerbaijani customs data.", ["ac14"], [att("according to")]),
                ("Armenian trucks have no such option, because the border between Armenia and Azerbaijan is still closed.", ["ac22"], []),
            ],
            [
                ("Armenian exporters have little choice: the Georgian Military Road is their only practical way by land to Russia, which buys most of their fruit and brandy.", ["ac20"], []),
                ("In Yerevan, the opposition lawmaker Ashot Tevosyan accused the government of leaving the economy hostage to one mountain road and called for compensation for carriers.", ["ac15"], [att("accused")]),
                ("The same road carried tens of thousands of Russians fleeing mobilisation into Georgia in the autumn of 2022.", [], [mv("forced", "fleeing")]),
            ],
        ],
    },
    "ru-severnyi-kordon.txt": {
        "header": " date 2026-02-06 (Северный кордон)",
        "paragraphs": [
            [("Пробка у Верхнего Ларса: российские пограничники указывают на грузинскую сторону", ["ac12"], [att("указывают")])],
            [
                ("С ночи на понедельник Военно-Грузинская дорога между Коби и Гудаури закрыта из-за сильных снегопадов и угрозы схода лавин.", ["ac1"], []),
                ("Вместе с ней фактически встал и «Верхний Ларс» — единственный автомобильный пункт пропуска между Россией и Грузией.", ["ac1", "ac20"], []),
                ("По данным грузинских СМИ, на грузинской стороне скопилось около трёх тысяч грузовиков.", ["ac2"], [att("По данным")]),
            ],
            [
                ("В Пограничном управлении ФСБ России по Республике Северная Осетия — Алания заявили, что пункт пропуска всё это время работал в штатном режиме.", ["ac12"], [att("заявили")]),
                ("По словам пограничников, затор возник исключительно потому, что грузинская дорожная служба не смогла вовремя расчистить перевал.", ["ac12"], [att("По словам")]),
                ("С российской стороны въезда в Грузию ожидают около 800 машин.", ["ac12"], []),
                ("В Тбилиси между тем поспешили обвинить во всём медленный досмотр на российской границе.", ["ac11"], [doubt("поспешили")]),
            ],
            [
                ("В среду утром у Степанцминды в кабине своей фуры был найден мёртвым 58-летний водитель из Армении.", ["ac7"], []),
                ("По предварительным данным, он отравился угарным газом.", ["ac7"], [("hedge", "uncertain", "По предварительным данным")]),
                ("Водители жалуются, что у них заканчиваются топливо и еда.", ["ac5"], [att("жалуются")]),
            ],
            [
                ("В пятницу днём грузинская сторона открыла дорогу для легковых автомобилей, а фуры обещают пропускать колоннами начиная с субботы.", ["ac17"], []),
                ("Часть перевозчиков ещё в начале недели развернулась и пошла в объезд через Азербайджан и пункт пропуска Ялама.", ["ac14"], []),
                ("В Баку не упустили случая прорекламировать так называемый «Средний коридор» как альтернативу грузинскому перевалу.", ["ac13"], [doubt("не упустили случая"), ("scare-quote", "marker", "так называемый"), ("scare-quote", "distancing", "«Средний коридор»")]),
            ],
            [
                ("Армянский оппозиционный депутат Ашот Тевосян обвинил правительство Пашиняна в том, что страна оказалась заложницей одной горной дороги.", ["ac15"], [att("обвинил")]),
                ("Напомним, что Пашинян в последние годы демонстративно дистанцируется от Москвы, а в 2024 году заморозил участие Армении в ОДКБ.", [], []),
            ],
        ],
    },
    "ru-mtatsminda-vesti.txt": {
        "header": " date 2026-02-07 (Мтацминдские вести)",
        "paragraphs": [
            [("Дорогу на Ларс открыли: первые колонны фур двинулись через Крестовый перевал", ["ac17"], [])],
            [
                ("В субботу утром по Военно-Грузинской дороге пошли первые колонны грузовиков, почти неделю простоявших в снегу.", ["ac17", "ac1"], []),
                ("Легковые машины пропускают с пятницы, фуры — поочерёдно, то в сторону России, то обратно.", ["ac17"], []),
                ("В МВД Грузии рассчитывают, что пробка рассосётся за три-четыре дня.", ["ac18"], [att("рассчитывают")]),
            ],
            [
                ("К утру пятницы, по данным министерства, на грузинской стороне стояли 3200 фур, почти половина из них — армянские.", ["ac2", "ac4"], [att("по данным")]),
                ("Часть машин держали на стоянке в Натахтари под Мцхетой, остальные растянулись вдоль трассы до Пасанаури, а те, кто успел въехать со стороны России, застряли в Степанцминде и Коби.", ["ac3"], []),
            ],
            [
                ("Глава Департамента автомобильных дорог Ираклий Ломидзе рассказал, что на Крестовом перевале лежит до двух метров снега и за неделю сошли двенадцать лавин, часть из которых спустили искусственно.", ["ac10"], [att("рассказал")]),
                ("Ломидзе упрекнул и российскую сторону: по его словам, даже в хорошую погоду на «Верхнем Ларсе» досматривают не больше тысячи машин в сутки.", ["ac11"], [att("упрекнул"), att("по его словам")]),
                ("В погрануправлении ФСБ по Северной Осетии утверждают, что их пункт пропуска работал без сбоев.", ["ac12"], [doubt("утверждают")]),
            ],
            [
                ("Ночью мороз доходил до минус 18, и многие водители сутками не глушили моторы, чтобы согреться.", ["ac5"], []),
                ("Жители Степанцминды носили им горячий суп и хачапури, а муниципалитет открыл отапливаемый спортзал в местной школе.", ["ac6"], []),
                ("Ночь на среду стала для одного из них последней: 58-летний дальнобойщик из Гюмри Грачья Саакян не проснулся в своей кабине.", ["ac7"], []),
                ("Полиция начала расследование, предварительная причина смерти — отравление угарным газом от печки.", ["ac7"], [("hedge", "uncertain", "предварительная")]),
            ],
            [
                ("В четверг через Баграташен из Армении пришли четыре грузовика с продуктами, водой и дизельным топливом, отправленные армянским правительством.", ["ac9"], []),
                ("Степанцминда, которую многие по-прежнему называют Казбеги, обычно живёт зимой за счёт туристов, приезжающих к церкви Гергети.", [], []),
            ],
        ],
    },
    "az-ulu-yol.txt": {
        "header": " date 2026-02-05 (Ulu yol)",
        "paragraphs": [
            [("Hikmət Hacıyev: Yuxarı Lars böhranı Orta Dəhlizin və Zəngəzur dəhlizinin əhəmiyyətini bir daha göstərdi", ["ac13"], [("loaded", "az-frame", "Zəngəzur dəhlizinin")])],
            [
                ("Gürcüstanla Rusiya arasında yeganə avtomobil keçidi olan Yuxarı Lars bazar günü gecədən güclü qar və uçqun təhlükəsi səbəbindən bağlıdır.", ["ac1", "ac20"], []),
                ("Erməni mediasının məlumatına görə, Gürcüstan ərazisində 5 mindən çox yük maşını ilişib qalıb və onların yarıdan çoxu Ermənistana məxsusdur.", ["ac2", "ac4"], [att("məlumatına görə")]),
                ("Sürücülərin yanacaq və ərzaq ehtiyatı tükənməkdədir.", ["ac5"], []),
            ],
            [
                ("Gürcüstanın Avtomobil Yolları Departamenti bildirib ki, Cvari aşırımında qarın hündürlüyü iki metrə çatır.", ["ac10"], [att("bildirib")]),
                ("Rusiya FTX-nin Sərhəd Xidməti isə keçid məntəqəsinin Rusiya tərəfində adi rejimdə işlədiyini açıqlayıb.", ["ac12"], [att("açıqlayıb")]),
            ],
            [
                ("Prezidentin köməkçisi – Xarici siyasət məsələləri şöbəsinin müdiri Hikmət Hacıyev bildirib ki, bu vəziyyət bütöv bir regionun tək bir dağ aşırımından asılı qalmasının nə qədər təhlükəli olduğunu göstərir.", ["ac13"], [att("bildirib")]),
                ("Onun sözlərinə görə, Azərbaycan ərazisindən keçən Orta Dəhliz və Zəngəzur dəhlizi Ermənistan da daxil olmaqla bütün region ölkələri üçün etibarlı alternativ ola bilər.", ["ac13"], [att("sözlərinə görə"), ("hedge", "uncertain", "ola bilər"), ("loaded", "az-frame", "Zəngəzur dəhlizi")]),
                ("Hacıyev qeyd edib ki, Azərbaycan–Rusiya sərhədindəki Yalama–Samur keçid məntəqəsi bu günlərdə fasiləsiz işləyir.", ["ac14"], [att("qeyd edib")]),
            ],
            [
                ("Çərşənbə günü səhər Stepantsminda yaxınlığında 58 yaşlı erməni sürücü öz maşınının kabinasında ölü tapılıb.", ["ac7"], []),
                ("İlkin məlumata görə, o, soyuqdan donaraq ölüb.", ["ac7"], [("hedge", "uncertain", "İlkin məlumata görə")]),
            ],
            [
                ("Ermənistanın baş naziri Nikol Paşinyan hökumət iclasında iddia edib ki, baş verənlər “Sülh kəsişməsi” layihəsinin nə qədər vacib olduğunu sübut edir.", ["ac16"], [doubt("iddia edib"), ("scare-quote", "distancing", "“Sülh kəsişməsi”")]),
                ("Erməni müxalifətçi deputat Aşot Tevosyan isə hökuməti ölkəni bir dağ yolunun girovuna çevirməkdə günahlandırıb.", ["ac15"], [att("günahlandırıb")]),
                ("Şübhəsiz, İrəvan regional kommunikasiyaların açılmasını ləngitdikcə bu cür böhranlar təkrarlanacaq.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, 2020-ci il 10 noyabr tarixli üçtərəfli bəyanatın 9-cu bəndi Azərbaycanın əsas hissəsi ilə Naxçıvan arasında maneəsiz nəqliyyat əlaqəsini nəzərdə tutur.", [], []),
            ],
        ],
    },
    "az-bazar-nebzi.txt": {
        "header": " date 2026-02-07 (Bazar nəbzi)",
        "paragraphs": [
            [("Yuxarı Lars bağlananda yüklər Azərbaycan yoluna üz tutdu", ["ac14", "ac1"], [])],
            [
                ("Hərbi-Gürcü yolunun təxminən bir həftə bağlı qalması Cənubi Qafqazdan Rusiyaya yük daşımalarını ciddi çətinliyə salıb.", ["ac1"], []),
                ("Dövlət Gömrük Komitəsinin məlumatına görə, fevralın 1-dən 6-dək Yalama gömrük postundan keçən yük avtomobillərinin sayı əvvəlki həftə ilə müqayisədə təxminən 40 faiz artıb.", ["ac14"], [att("məlumatına görə")]),
                ("Türkiyə, Gürcüstan və Orta Asiya daşıyıcılarının bir hissəsi marşrutunu Qırmızı Körpü və Yalama üzərindən dəyişib.", ["ac14"], []),
            ],
            [
                ("Gürcüstan Daxili İşlər Nazirliyinin açıqladığı rəqəmlərə görə, yol bağlı olarkən ölkə ərazisində təxminən 3 min 200 tır gözləyirdi.", ["ac2"], [att("rəqəmlərə görə")]),
                ("Yol cümə günü axşamüstü əvvəlcə minik avtomobilləri üçün açılıb, tırlar isə şənbə səhərindən karvanlarla buraxılır.", ["ac17"], []),
                ("Ekspertlər növbənin tam aradan qalxması üçün ən azı beş gün tələb olunacağını proqnozlaşdırırlar.", ["ac18"], [att("proqnozlaşdırırlar")]),
                ("Gürcüstan Avtomobil Yolları Departamentinin rəhbəri İrakli Lomidze bildirib ki, aşırımda 80-ə yaxın texnika işləyib və onlarla uçqun süni şəkildə endirilib.", ["ac10"], [att("bildirib")]),
                ("Lomidze Rusiya tərəfində yoxlamaların ləng aparıldığını da vurğulayıb.", ["ac11"], [att("vurğulayıb")]),
            ],
            [
                ("Ermənistan üçün Yuxarı Lars Rusiya bazarına çıxan əsas quru yoldur.", ["ac20"], []),
                ("Erməni daşıyıcılar assosiasiyasının hesablamalarına görə, itkilər artıq 3 milyon dolları ötüb və bura yolda xarab olmuş meyvə-tərəvəz yükləri də daxildir.", ["ac19"], [att("hesablamalarına görə")]),
                ("Rəsmi İrəvan sürücülərə ərzaq və dizel yanacağı yüklənmiş maşınlar göndərib.", ["ac9"], []),
            ],
            [
                ("İqtisadçı Elvin Quliyev hesab edir ki, bu cür fasilələr Azərbaycandan keçən Şimal–Cənub nəqliyyat dəhlizinə marağı artıracaq.", [], [att("hesab edir")]),
                ("Yalama–Samur keçidi Azərbaycanla Rusiya arasında əsas avtomobil sərhəd-keçid məntəqəsidir.", [], []),
            ],
        ],
    },
    "hy-lernantsk.txt": {
        "header": " date 2026-02-06 (Լեռնանցք)",
        "paragraphs": [
            [("Լարսի ճանապարհին մահացել է հայ վարորդ, երթևեկությունը մասամբ վերականգնվել է", ["ac7", "ac17"], [])],
            [
                ("Հինգ օր փակ մնալուց հետո ուրբաթ կեսօրից հետո Վրացական ռազմական ճանապարհը բացվեց, բայց միայն մարդատար մեքենաների համար։", ["ac1", "ac17"], []),
                ("Բեռնատարները կսկսեն շարժվել միայն շաբաթ առավոտյան՝ շարասյուներով։", ["ac17"], []),
                ("Հայաստանի միջազգային ավտոփոխադրողների ասոցիացիայի հաշվարկով՝ Վրաստանի տարածքում կուտակվել է ավելի քան 4000 բեռնատար, որոնցից 1800-ից ավելին՝ հայկական։", ["ac2", "ac4"], [att("հաշվարկով")]),
                ("Նրանց մի մասը կանգնած է Ստեփանծմինդայում և Կոբիում, մյուսները՝ Փասանաուրիից դեպի Մցխեթա ձգվող հերթում։", ["ac3"], []),
            ],
            [
                ("Չորեքշաբթի առավոտյան Ստեփանծմինդայի մոտ իր բեռնատարի խցիկում մահացած են գտել գյումրեցի 58-ամյա Հրաչյա Սահակյանին։", ["ac7"], []),
                ("Վրաստանի ոստիկանության նախնական տվյալներով՝ նա թունավորվել է շմոլ գազից, սակայն գործընկերները պատմում են, որ նրա վառելիքը վերջացել էր, և նա պարզապես սառել է։", ["ac7"], [("hedge", "uncertain", "նախնական տվյալներով"), att("պատմում են")]),
                ("Գիշերները ցուրտը հասնում է մինչև մինուս 20 աստիճանի, և վարորդները խնայում են վերջին հացն ու ջուրը։", ["ac5"], []),
            ],
            [
                ("Տարածքային կառավարման և ենթակառուցվածքների նախարարությունը շուրջօրյա թեժ գիծ է բացել, իսկ հինգշաբթի Բագրատաշենով հինգ բեռնատար է մեկնել՝ 25 տոննա սննդամթերքով ու դիզելային վառելիքով։", ["ac8", "ac9"], []),
                ("Վարչապետ Նիկոլ Փաշինյանը կառավարության նիստում հայտարարել է, որ իրավիճակը ևս մեկ անգամ ցույց է տալիս Հյուսիս–Հարավ մայրուղու և «Խաղաղության խաչմերուկի» կարևորությունը։", ["ac16"], [att("հայտարարել է")]),
                ("Ընդդիմադիր պատգամավոր Աշոտ Թևոսյանը մեղադրում է կառավարությանը, որ տարիներ շարունակ այլընտրանքային ճանապարհ չի կառուցվել, և երկիրը կախված է մնացել մեկ լեռնային ճանապարհից։", ["ac15"], [att("մեղադրում է")]),
                ("Նա պահանջել է փոխհատուցել փոխադրողների վնասները, որոնք ասոցիացիան գնահատում է մոտ 1 միլիարդ դրամ։", ["ac15", "ac19"], [att("գնահատում է")]),
            ],
            [
                ("Բաքվում Հիքմեթ Հաջիևը պնդում է, թե Հայաստանը խուսափած կլիներ այս խցանումից, եթե բացված լիներ այսպես կոչված «Զանգեզուրի միջանցքը»։", ["ac13"], [doubt("պնդում է"), ("scare-quote", "marker", "այսպես կոչված"), ("scare-quote", "distancing", "«Զանգեզուրի միջանցքը»"), ("loaded", "az-frame", "Զանգեզուրի միջանցքը")]),
                ("Մինչդեռ հենց Ադրբեջանն ու Թուրքիան են երեք տասնամյակ շրջափակման մեջ պահում Հայաստանը՝ նրան թողնելով միայն Վրաստանի և Իրանի ճանապարհները։", ["ac22"], [("loaded", "hy-frame", "շրջափակման")]),
                ("Վերին Լարսը Վրաստանի և Ռուսաստանի միջև միակ ցամաքային անցակետն է, որով անցնում է դեպի ռուսական շուկա հայկական արտահանման հիմնական մասը։", ["ac20"], []),
            ],
        ],
    },
    "es-eco-de-la-cordillera.txt": {
        "header": " date 2026-02-07 (El Eco de la Cordillera)",
        "paragraphs": [
            [("Miles de camioneros, atrapados por la nieve en la única carretera entre Georgia y Rusia", ["ac2", "ac1", "ac20"], [])],
            [
                ("Durante casi una semana, la nieve y el riesgo de aludes mantuvieron cerrada la Carretera Militar Georgiana y, con ella, el paso fronterizo de Verjni Lars, la única conexión por carretera entre Georgia y Rusia.", ["ac1", "ac20"], []),
                ("Unos 3.000 camiones quedaron bloqueados en el lado georgiano, tanto en el pueblo de Stepantsminda como en colas de decenas de kilómetros más al sur.", ["ac2", "ac3"], []),
                ("Según el Gobierno armenio, alrededor de 1.400 pertenecen a transportistas de Armenia, para la que esta ruta es la principal salida hacia el mercado ruso.", ["ac4", "ac20"], [att("Según")]),
            ],
            [
                ("Con noches a 17 grados bajo cero, a muchos conductores se les acabaron el gasóleo y la comida.", ["ac5"], []),
                ("El miércoles, un camionero armenio de 58 años apareció muerto en su cabina.", ["ac7"], []),
                ("La policía georgiana investiga el caso y apunta, de forma preliminar, a una intoxicación por monóxido de carbono.", ["ac7"], [att("apunta"), ("hedge", "uncertain", "de forma preliminar")]),
                ("Los vecinos de Stepantsminda repartieron sopa caliente, y unos 300 conductores fueron evacuados a un gimnasio con calefacción habilitado por el ayuntamiento.", ["ac6"], [mv("evacuation", "evacuados")]),
            ],
            [
                ("Georgia y Rusia, que no mantienen relaciones diplomáticas desde la guerra de 2008, se culparon mutuamente del atasco.", ["ac11", "ac12"], []),
                ("La guardia fronteriza rusa aseguró que su puesto funcionó con normalidad, mientras que Tiflis criticó la lentitud de los controles rusos.", ["ac12", "ac11"], [att("aseguró"), att("criticó")]),
            ],
            [
                ("El primer ministro armenio, Nikol Pashinián, afirmó que el cierre demuestra la necesidad de abrir nuevas rutas, como la Encrucijada de la Paz que su Gobierno promueve en el sur del país.", ["ac16"], [att("afirmó")]),
                ("Desde Bakú, el asesor presidencial Hikmet Hajiyev sostuvo que el Corredor Medio, que atraviesa Azerbaiyán, permitiría evitar este tipo de bloqueos.", ["ac13"], [att("sostuvo")]),
            ],
            [
                ("La carretera se reabrió el viernes por la tarde para los turismos, y este sábado empezaron a pasar los primeros convoyes de camiones.", ["ac17"], []),
                ("Las autoridades georgianas calculan que harán falta varios días para despejar la cola.", ["ac18"], [att("calculan")]),
                ("Trazada por el Imperio ruso en el siglo XIX, la carretera cruza el Cáucaso a los pies del monte Kazbek.", ["ac21"], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (ad), held out: in the night of Saturday 18 to Sunday 19 April 2026 thieves break into the
# Kumayri Museum of History and Art (invented) in Gyumri and take paintings and drawings by Minas
# Avetisyan and church silver made in Kars; the alarm off (unpaid security contract, or a power
# cut by the director's account), the night watchman, three men detained and nine objects found
# in Akhurik, a fourth suspect across the Georgian border at Bavra and on to Moscow, Interpol, a
# canvas offered on a Russian-language Telegram channel, the ministry's and the director's values,
# the ministry's blame and the director's suspension, the underfunding of museums, Pashinyan's
# order to check all state museums, the Kars origin of the silver and a Kars art historian's claim
# of shared (Ottoman) heritage. Same-language pairs: two en, two hy, two tr articles. Outlet tags
# in the labels: en-PG (Provenance Gazette), en-CL (Caucasus Lookout), hy-OL (Orva lur), hy-HK
# (Hakakshir), tr-GA (Günün Aynası), tr-SH (Serhat Haber). Written without looking at the concept
# lexicon, the cue lexicons or the aligner. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AD = {
    "ad1": "In the night of Saturday 18 to Sunday 19 April 2026 thieves broke into the Kumayri Museum of History and Art in Gyumri, Armenia's second city, through a window at the back, at about three in the morning (en-PG: in the early hours of Sunday; en-CL: shortly after three, a cleaner found the empty cases at about nine; hy-HK: before dawn, with the neighbourhood in darkness, with ad4; tr-SH: by prising off the window's iron bars, 'it was reported'; de: in the night to Sunday); every headline and the leads naming the theft",
    "ad2": "What was taken: by the police and the ministry 17 objects, four oil paintings and two drawings by Minas Avetisyan and eleven pieces of 18th–19th-century church silver (chalices, a censer, crosses, a Gospel cover); by the museum 19, counting two silver pieces on loan from a private collector (en-CL, hy-HK); tr-SH: about 20; fr: about twenty, with about ten pieces of silver",
    "ad3": "The alarm did not go off: by the Investigative Committee it had been switched off since early March, when the security company ended its contract over unpaid bills (hy-HK: doubted with 'պնդում է'; de: stated as fact; tr-SH and the first fr sentence: only that it did not work)",
    "ad4": "The director's account of the alarm: a power cut in the district that night and a backup battery long dead (hy-HK: also that she had asked the ministry for a new system in 2024 and 2025 without an answer, and the neighbourhood in darkness when the thieves came)",
    "ad5": "The night watchman (en-CL: a 71-year-old pensioner; hy-HK: over seventy) was alone on duty and heard nothing; he was questioned and released (en-CL, hy-OL)",
    "ad6": "On Wednesday 22 April police detained three men from Gyumri (en-CL: aged 24, 29 and 38, the oldest with a conviction for burglary; hy-OL: charged with theft on an especially large scale; tr-SH: four people)",
    "ad7": "Police found nine of the objects, the two drawings and seven pieces of silver, in a garage in the village of Akhurik near Gyumri (hy-HK: only nine, five days on; de: most of the silver)",
    "ad8": "A fourth suspect, a 41-year-old citizen of Armenia and Russia, is believed to have taken the four paintings across the Georgian border at Bavra on Sunday afternoon and flown from Tbilisi to Moscow on Monday (en-CL: Georgia's Interior Ministry confirmed his car's entry; hy-HK: the canvases most likely already in Russia; tr-SH: 'sanılıyor'; fr: hearsay conditional; de: 'soll'); the en-CL and de headlines",
    "ad9": "At Armenia's request Interpol added the four paintings to its database of stolen works of art (en-PG: on Thursday), and the fourth suspect is wanted through Interpol (en-CL, hy-OL)",
    "ad10": "On Monday 20 April a canvas resembling one of the paintings, Autumn in Jajur, was offered for $85,000 on a Russian-language Telegram channel, and the post was soon removed (en-PG: within hours, after Armenian artists shared screenshots; fr: the advert disappeared; tr-SH: doubted with 'iddia edildi'; hy-HK: with ad8); the en-PG headline",
    "ad11": "The Ministry of Education, Science, Culture and Sport values the stolen objects at about 210 million drams (about $540,000; fr: nearly 500,000 euros)",
    "ad12": "The museum's director, Narine Papoyan, puts their market value at no less than $1.5 million (en-PG: she calls the ministry's figure an outdated insurance value; tr-SH: doubted with 'öne sürdü')",
    "ad13": "The ministry blames the museum: deputy minister Arsen Mkrtchyan said it had received 8 million drams in 2025 to upgrade its security and not spent it, and on Thursday 23 April the director was suspended pending an internal inquiry (hy-HK: she answers that the money arrived only at the end of December, too late for a tender; its headline says the government shifts the blame onto her)",
    "ad14": "Underfunding blamed: the Gyumri opposition MP Sona Melkumyan (hy-HK), museum staff (en-PG), curators (fr) or the opposition (tr-SH, de) say museums have been starved of money for years (hy-HK: the budget cut by 12 % this year and the watchman paid 95,000 drams a month; en-PG: guards under $300 a month and many regional museums without a working alarm; fr: guards under 100,000 drams, budgets cut, alarms out of order); the fr headline",
    "ad15": "At the cabinet meeting on Thursday 23 April Pashinyan ordered security checks at all state museums within a month (en-CL: blaming unacceptable negligence; hy-HK: without saying where the money would come from)",
    "ad16": "The church silver was made by Armenian silversmiths in Kars in the 19th century and brought to Gyumri, then Alexandropol, in 1920 by Armenians leaving Kars (en-PG, hy-OL: refugees who fled; tr-GA: who left; de: refugees; tr-SH: 'taken from Kars'; en-CL: only that it came from Kars); the tr headlines",
    "ad17": "A Kars art historian, Nermin Aslanoğlu, says some of the silver bears Ottoman assay marks and belongs to the shared heritage of Kars, not to Armenian heritage alone (tr-SH: Armenia, which accuses Turkey of cultural appropriation, appropriates shared Anatolian heritage, and Turkey should follow the case through Interpol); hy-HK doubts the Turkish media's «Ottoman heritage of Kars», and historians answer that the chalices' inscriptions are in Armenian and name donors from Kars",
    "ad18": "Minas Avetisyan, born in 1928 in Jajur near Gyumri (en-PG: died in 1975 at 46), is regarded as one of the greatest Armenian painters of the 20th century",
}

ARTICLES_AD = {
    "en-provenance-gazette.txt": {
        "header": " date 2026-04-24 (The Provenance Gazette)",
        "paragraphs": [
            [("Stolen Avetisyan canvas offered on Telegram days after Armenian museum raid", ["ad1", "ad10"], [])],
            [
                ("Thieves who broke into a museum in Gyumri, Armenia's second city, in the early hours of Sunday took four oil paintings and two drawings by Minas Avetisyan, along with eleven pieces of church silver, according to the Armenian police.", ["ad1", "ad2"], [att("according to")]),
                ("A canvas that closely resembles one of them, Autumn in Jajur, was offered for sale the next day on a Russian-language Telegram channel for collectors, with an asking price of $85,000.", ["ad10"], []),
                ("The post was taken down within hours, after Armenian artists began sharing screenshots of it.", ["ad10"], []),
            ],
            [
                ("Avetisyan, who was born in 1928 in Jajur, a village near Gyumri, and died in 1975 at 46, is regarded as one of the finest Armenian colourists of the twentieth century.", ["ad18"], []),
                ("His works seldom come to market, and the few sold abroad in recent years went for six-figure sums.", [], []),
                ("Armenia's Ministry of Education, Science, Culture and Sport put the value of the stolen objects at about 210 million drams, or some $540,000.", ["ad11"], [att("put the value")]),
                ("Narine Papoyan, the museum's director, called that an outdated insurance figure and said the market value was at least $1.5 million.", ["ad12"], [att("called"), att("said")]),
            ],
            [
                ("Investigators said the building's alarm had been disconnected since early March, when a private security firm ended its contract over unpaid bills.", ["ad3"], [att("said")]),
                ("Papoyan says it failed during a power cut in the neighbourhood that night and that its backup battery had long been dead.", ["ad4"], [att("says")]),
                ("Police detained three men from Gyumri on Wednesday and recovered nine objects, the two drawings and seven pieces of silver, from a garage in the nearby village of Akhurik.", ["ad6", "ad7"], []),
                ("Investigators believe a fourth suspect, who holds Armenian and Russian passports, drove the paintings across the Georgian border at Bavra on Sunday afternoon and flew from Tbilisi to Moscow the following day.", ["ad8"], [att("believe")]),
                ("At Armenia's request, Interpol added the four paintings to its database of stolen works of art on Thursday.", ["ad9"], []),
            ],
            [
                ("The silver was made by Armenian silversmiths in Kars in the nineteenth century and carried to Gyumri, then called Alexandropol, by refugees who fled the city in 1920.", ["ad16"], [mv("forced", "fled")]),
                ("Museum staff across Armenia say the theft exposes years of underfunding, with guards earning less than $300 a month and many regional museums lacking a working alarm.", ["ad14"], [att("say")]),
                ("Interpol's database, which dealers and auction houses can search through a free phone app, lists tens of thousands of missing objects.", [], []),
            ],
        ],
    },
    "en-caucasus-lookout.txt": {
        "header": " date 2026-04-23 (The Caucasus Lookout)",
        "paragraphs": [
            [("Three held over Gyumri museum theft as police trace fourth suspect to Georgia", ["ad1", "ad6", "ad8"], [])],
            [
                ("Armenian police on Wednesday detained three men over the weekend theft of paintings and church silver from a museum in Gyumri, the country's second-largest city.", ["ad1", "ad6"], []),
                ("The suspects, aged 24, 29 and 38, all live in Gyumri, and the oldest has a previous conviction for burglary, police said.", ["ad6"], [att("said")]),
                ("A fourth man, a 41-year-old with Armenian and Russian citizenship, crossed into Georgia at the Bavra checkpoint a few hours after the break-in, according to investigators.", ["ad8"], [att("according to")]),
                ("Georgia's Interior Ministry confirmed that his car had entered the country on Sunday afternoon and said it was cooperating with Yerevan.", ["ad8"], [att("confirmed"), att("said")]),
                ("He is now wanted through Interpol.", ["ad9"], []),
            ],
            [
                ("The thieves got into the Kumayri Museum of History and Art through a rear window shortly after three in the morning on Sunday, and a cleaner found the empty display cases when she arrived at about nine.", ["ad1"], []),
                ("The museum says 19 objects are missing, among them four paintings and two drawings by Minas Avetisyan, while the police list 17, because two silver pieces on loan from a private collector are not state property.", ["ad2"], [att("says")]),
                ("Officers found nine of the items in a garage in the village of Akhurik, close to the Turkish border, during Wednesday's arrests.", ["ad7"], []),
                ("The night watchman, a 71-year-old pensioner alone in the lodge by the gate, told investigators he had heard nothing; he was questioned for several hours and released.", ["ad5"], [att("told")]),
            ],
            [
                ("The Investigative Committee said nobody had been watching the alarm for weeks: the company paid to monitor it walked away in early March because the museum owed it money.", ["ad3"], [att("said")]),
                ("The culture ministry, which values the stolen objects at about 210 million drams (around $540,000), suspended the museum's director, Narine Papoyan, on Thursday pending an internal inquiry.", ["ad11", "ad13"], [att("values")]),
                ("Deputy minister Arsen Mkrtchyan said the museum had been given eight million drams last year to upgrade its security and had left the money unspent.", ["ad13"], [att("said")]),
                ("At a cabinet meeting the same day, Prime Minister Nikol Pashinyan blamed unacceptable negligence and ordered security checks at every state museum within a month.", ["ad15"], [att("blamed")]),
            ],
            [
                ("Some Turkish media have seized on the case because the silver came from Kars, quoting an art historian there who says several pieces bear Ottoman hallmarks and belong to the city's shared heritage.", ["ad16", "ad17"], [att("says")]),
                ("Bavra is the main crossing on the road from Gyumri to the Georgian town of Ninotsminda, where most residents are ethnic Armenians.", [], []),
                ("Gyumri is also home to Russia's 102nd military base.", [], []),
            ],
        ],
    },
    "hy-orva-lur.txt": {
        "header": " date 2026-04-23 (Օրվա լուր)",
        "paragraphs": [
            [("Գյումրու թանգարանից գողացված իրերի մի մասը գտնվել է, ձերբակալվել են երեք կասկածյալ", ["ad1", "ad6", "ad7"], [("agency", "agentless", "ձերբակալվել են")])],
            [
                ("Ապրիլի 18-ի լույս 19-ի գիշերը Գյումրու Կումայրի պատմության և արվեստի թանգարանից գողացված 17 իրերից ինը ոստիկանները հայտնաբերել են Ախուրիկ գյուղի ավտոտնակներից մեկում։", ["ad1", "ad2", "ad7"], []),
                ("Ոստիկանությունը չորեքշաբթի ձերբակալել է Գյումրու երեք բնակչի, որոնց մեղադրանք է առաջադրվել առանձնապես խոշոր չափերով գողության համար։", ["ad6"], []),
                ("Գտնված իրերի թվում են Մինաս Ավետիսյանի երկու գծանկարը և յոթ արծաթե եկեղեցական առարկա։", ["ad7"], []),
            ],
            [
                ("Հանցագործները թանգարան են ներթափանցել բակի կողմից՝ պատուհանի միջով, գիշերվա ժամը երեքի սահմաններում։", ["ad1"], []),
                ("Նրանք տարել են Մինաս Ավետիսյանի չորս յուղաներկ կտավ ու երկու գծանկար, ինչպես նաև 18–19-րդ դարերի տասնմեկ արծաթե եկեղեցական իր՝ սկիհներ, բուրվառ, խաչեր և Ավետարանի կազմ։", ["ad2"], []),
                ("1928 թվականին Ջաջուռ գյուղում ծնված Մինաս Ավետիսյանը համարվում է 20-րդ դարի հայ գեղանկարչության խոշորագույն վարպետներից մեկը։", ["ad18"], []),
                ("Արծաթե իրերը 19-րդ դարում պատրաստել են Կարսի հայ արծաթագործները, իսկ 1920 թվականին դրանք Ալեքսանդրապոլ են բերել Կարսից փախած հայ գաղթականները։", ["ad16"], [mv("forced", "փախած")]),
            ],
            [
                ("Քննիչները կարծում են, որ կտավները երկրից դուրս է հանել չորրորդ կասկածյալը՝ Հայաստանի և Ռուսաստանի 41-ամյա քաղաքացին, որը կիրակի օրը Բավրայի անցակետով մեկնել է Վրաստան։", ["ad8"], [att("կարծում են")]),
                ("Նա հետախուզվում է, իսկ Ինտերպոլը Հայաստանի խնդրանքով կտավները ներառել է գողացված արվեստի գործերի իր տվյալների բազայում։", ["ad9"], []),
                ("Դեպքի գիշերը թանգարանում հերթապահում էր միայն մեկ պահակ, որը հարցաքննվել և ազատ է արձակվել։", ["ad5"], []),
            ],
            [
                ("Քննչական կոմիտեի տվյալներով՝ թանգարանի ահազանգման համակարգը մարտի սկզբից անջատված է եղել, քանի որ պահնորդական ընկերությունը չվճարված հաշիվների պատճառով լուծել էր պայմանագիրը։", ["ad3"], [att("տվյալներով")]),
                ("Կրթության, գիտության, մշակույթի և սպորտի նախարարությունը գողացված իրերի արժեքը գնահատում է մոտ 210 միլիոն դրամ։", ["ad11"], [att("գնահատում է")]),
                ("Նախարարի տեղակալ Արսեն Մկրտչյանի խոսքով՝ թանգարանն անցյալ տարի անվտանգության համակարգը արդիականացնելու համար ստացել էր 8 միլիոն դրամ, սակայն այդ գումարը չի ծախսվել։", ["ad13"], [att("խոսքով")]),
                ("Մինչև ծառայողական քննության ավարտը թանգարանի տնօրեն Նարինե Պապոյանի լիազորությունները կասեցվել են։", ["ad13"], []),
                ("Կառավարության այսօրվա նիստում վարչապետ Նիկոլ Փաշինյանը հանձնարարել է մեկ ամսվա ընթացքում ստուգել բոլոր պետական թանգարանների անվտանգությունը։", ["ad15"], []),
                ("Թանգարանը մինչև նոր կարգադրություն փակ է այցելուների համար։", [], []),
            ],
            [
                ("Կումայրին Գյումրու պատմական թաղամասն է, որտեղ պահպանվել են սև տուֆից կառուցված 19-րդ դարի հարյուրավոր շենքեր։", [], []),
            ],
        ],
    },
    "hy-hakakshir.txt": {
        "header": " date 2026-04-24 (Հակակշիռ)",
        "paragraphs": [
            [("Գյումրու թանգարանի կողոպուտից հետո կառավարությունը մեղքը բարդում է տնօրենի վրա", ["ad1", "ad13"], [doubt("մեղքը բարդում է")])],
            [
                ("Կումայրի թանգարանի կողոպուտից անցել է հինգ օր, սակայն գողացվածից մինչ օրս գտնվել է ընդամենը ինը իր։", ["ad1", "ad7"], []),
                ("Թանգարանի աշխատակիցների հաշվարկով՝ անհետացել է 19 իր, այդ թվում՝ Մինաս Ավետիսյանի չորս կտավ, իսկ նախարարությունը խոսում է 17-ի մասին, քանի որ մասնավոր հավաքածուից ժամանակավոր ցուցադրության համար բերված երկու արծաթե իրը պետական սեփականություն չեն։", ["ad2"], [att("հաշվարկով"), att("խոսում է")]),
                ("Գողերը թանգարան էին մտել կիրակի լուսաբացից առաջ, երբ ամբողջ թաղամասը մթության մեջ էր։", ["ad1", "ad4"], []),
            ],
            [
                ("Թանգարանի տնօրեն Նարինե Պապոյանը մեզ հետ զրույցում պատմեց, որ այդ գիշեր թաղամասում հոսանք չի եղել, իսկ ազդանշանային համակարգի պահուստային մարտկոցը վաղուց շարքից դուրս էր։", ["ad4"], [att("պատմեց")]),
                ("Նրա խոսքով՝ նոր համակարգի համար ինքը գումար է խնդրել նախարարությունից դեռ 2024 և 2025 թվականներին, սակայն պատասխան չի ստացել։", ["ad4"], [att("խոսքով")]),
                ("Քննչական կոմիտեն, սակայն, պնդում է, որ ազդանշանային համակարգը մարտից անջատված է եղել, քանի որ թանգարանը չէր վճարել պահնորդական ընկերությանը։", ["ad3"], [doubt("պնդում է")]),
                ("Նախարարությունն էլ հայտարարել է, թե թանգարանն անցյալ տարի անվտանգության համար 8 միլիոն դրամ էր ստացել ու չէր ծախսել, և հինգշաբթի Պապոյանին հեռացրել է պաշտոնից։", ["ad13"], [att("հայտարարել է")]),
                ("Պապոյանը պատասխանում է, որ գումարը փոխանցվել է միայն դեկտեմբերի վերջին, երբ մրցույթ անցկացնելու ժամանակ այլևս չկար։", ["ad13"], [att("պատասխանում է")]),
                ("Նրա գնահատմամբ՝ գողացվածի շուկայական արժեքը առնվազն 1,5 միլիոն դոլար է, այլ ոչ թե նախարարության նշած 210 միլիոն դրամը։", ["ad12", "ad11"], [att("գնահատմամբ")]),
            ],
            [
                ("Կտավները, ամենայն հավանականությամբ, արդեն Ռուսաստանում են, իսկ երկուշաբթի դրանցից մեկը՝ «Աշունը Ջաջուռում», 85 հազար դոլարով վաճառքի էր հանվել ռուսալեզու մի Telegram ալիքում։", ["ad8", "ad10"], [("hedge", "uncertain", "ամենայն հավանականությամբ")]),
                ("Ավետիսյանի աշխատանքների զգալի մասը պահվում է Հայաստանի ազգային պատկերասրահում և նկարչի ծննդավայր Ջաջուռի տուն-թանգարանում։", [], []),
            ],
            [
                ("Գյումրեցի ընդդիմադիր պատգամավոր Սոնա Մելքումյանը կառավարությանը մեղադրում է թանգարանները տարիներ շարունակ առանց միջոցների թողնելու մեջ։", ["ad14"], [att("մեղադրում է")]),
                ("Նրա խոսքով՝ այս տարի թանգարանի բյուջեն կրճատվել է 12 տոկոսով, իսկ յոթանասունն անց պահակը, որ դեպքի գիշերը մենակ էր հերթապահում, ամսական ստանում է ընդամենը 95 հազար դրամ։", ["ad14", "ad5"], [att("խոսքով")]),
                ("Փաշինյանը, որ հինգշաբթի հանձնարարեց ստուգել բոլոր թանգարանների անվտանգությունը, այդպես էլ չասաց, թե որտեղից են գտնվելու դրա համար անհրաժեշտ միջոցները։", ["ad15"], []),
            ],
            [
                ("Մինչդեռ թուրքական որոշ լրատվամիջոցներ պնդում են, թե գողացված արծաթե իրերը «Կարսի օսմանյան ժառանգության» մաս են։", ["ad17"], [doubt("պնդում են"), ("scare-quote", "distancing", "«Կարսի օսմանյան ժառանգության»")]),
                ("Պատմաբանները հիշեցնում են, որ սկիհների վրայի արձանագրությունները հայերեն են և պահպանել են Կարսի հայ նվիրատուների անունները։", ["ad17"], [att("հիշեցնում են")]),
                ("Կարսը, որ Գյումրիից ընդամենը մի քանի տասնյակ կիլոմետր է հեռու, հայերի համար մնում է Արևմտյան Հայաստանի սիրտը։", [], [("loaded", "hy-frame", "Արևմտյան Հայաստանի")]),
            ],
        ],
    },
    "tr-gunun-aynasi.txt": {
        "header": " date 2026-04-23 (Günün Aynası)",
        "paragraphs": [
            [("Ermenistan'da müze soygunu: Avetisyan tabloları ve Kars yapımı gümüş eserler çalındı", ["ad1", "ad2", "ad16"], [("agency", "agentless", "çalındı")])],
            [
                ("Ermenistan'ın ikinci büyük kenti Gümrü'deki Kumayri Tarih ve Sanat Müzesi'ne cumartesiyi pazara bağlayan gece giren hırsızlar, 17 eseri alıp kaçtı.", ["ad1", "ad2"], []),
                ("Ermenistan Eğitim, Bilim, Kültür ve Spor Bakanlığı, çalınan eserlerin değerini yaklaşık 210 milyon dram, yani 540 bin dolar olarak açıkladı.", ["ad11"], [att("açıkladı")]),
                ("Müze Müdürü Narine Papoyan ise eserlerin piyasa değerinin en az 1,5 milyon dolar olduğunu söyledi.", ["ad12"], [att("söyledi")]),
            ],
            [
                ("Hırsızlar, ünlü ressam Minas Avetisyan'ın dört yağlı boya tablosu ile iki çizimini ve on bir parça gümüş kilise eşyasını götürdü.", ["ad2"], []),
                ("1928'de Gümrü yakınlarındaki Cacur köyünde doğan Avetisyan, 20'nci yüzyılın en önemli Ermeni ressamlarından biri olarak kabul ediliyor.", ["ad18"], []),
                ("Ayin kadehleri, buhurdan, haçlar ve bir İncil kabından oluşan gümüş eserler, 19'uncu yüzyılda Kars'taki Ermeni gümüş ustalarınca yapılmıştı.", ["ad2", "ad16"], []),
                ("Eserler, 1920'de Kars'tan ayrılan Ermeniler tarafından, o dönem Aleksandropol adını taşıyan Gümrü'ye götürülmüştü.", ["ad16"], [mv("departure", "ayrılan")]),
            ],
            [
                ("Ermenistan polisi çarşamba günü Gümrülü üç şüpheliyi gözaltına aldı ve eserlerden dokuzunu yakındaki Ahurik köyünde bir garajda buldu.", ["ad6", "ad7"], []),
                ("Soruşturmacılar, dört tablonun Ermenistan ve Rusya vatandaşı dördüncü bir şüpheli tarafından Bavra sınır kapısından Gürcistan'a, oradan da Moskova'ya kaçırıldığını düşünüyor.", ["ad8"], [att("düşünüyor")]),
                ("Tablolar, Ermenistan'ın talebi üzerine İnterpol'ün çalıntı sanat eserleri veri tabanına eklendi.", ["ad9"], []),
                ("Ermeni soruşturma makamlarına göre, müzenin alarm sistemi, güvenlik şirketinin ödenmeyen faturalar yüzünden sözleşmeyi feshetmesinin ardından mart başından beri kapalıydı.", ["ad3"], [att("makamlarına göre")]),
            ],
            [
                ("Kars'ta yaşayan sanat tarihçisi Nermin Aslanoğlu, gümüş eserlerin bir kısmında Osmanlı ayar damgası bulunduğunu belirterek bunların yalnızca Ermeni mirası olarak sunulmasının doğru olmadığını söyledi.", ["ad17"], [att("belirterek"), att("söyledi")]),
                ("Türkiye ile Ermenistan arasındaki Kars-Gümrü demiryolu 1993'ten bu yana kullanılmıyor.", [], []),
                ("Gümrü, 1988'deki Spitak depreminde büyük yıkıma uğramıştı.", [], []),
            ],
        ],
    },
    "tr-serhat-haber.txt": {
        "header": " date 2026-04-24 (Serhat Haber)",
        "paragraphs": [
            [("Kars'tan götürülen tarihi gümüş eserler Gümrü'deki müzeden çalındı", ["ad1", "ad16"], [("agency", "agentless", "çalındı")])],
            [
                ("Ermenistan'ın Gümrü kentinde bir müzeye geçen hafta sonu düzenlenen soygunda, 1920'de Kars'tan götürülen gümüş kilise eşyaları ve Ermeni ressam Minas Avetisyan'a ait tablolarla birlikte yaklaşık 20 eser çalındı.", ["ad1", "ad2", "ad16"], [("agency", "agentless", "çalındı")]),
                ("Hırsızların gece saatlerinde arka cephedeki pencerenin demir parmaklıklarını sökerek içeri girdiği bildirildi.", ["ad1"], [att("bildirildi")]),
                ("Müzenin alarm sisteminin o gece çalışmadığı ortaya çıktı.", ["ad3"], []),
            ],
            [
                ("Çalınan gümüş eserlerin 19'uncu yüzyılda Kars'ta yapılmış ayin kadehleri, haçlar ve bir İncil kabından oluştuğu belirtiliyor.", ["ad2", "ad16"], [att("belirtiliyor")]),
                ("Kafkasya tarihi üzerine çalışan Karslı sanat tarihçisi Nermin Aslanoğlu, eserlerin bazılarının üzerinde Osmanlı tuğralı ayar damgası bulunduğuna dikkat çekti.", ["ad17"], [att("dikkat çekti")]),
                ("Aslanoğlu, Türkiye'yi sürekli kültürel sahiplenmekle suçlayan Ermenistan'ın Anadolu'daki ortak mirası tümüyle kendine mal etmeye çalıştığını söyledi.", ["ad17"], [att("suçlayan"), att("söyledi")]),
                ("Aslanoğlu, Türkiye'nin Kars kökenli eserlerin akıbetini İnterpol nezdinde takip etmesi gerektiğini de vurguladı.", ["ad17"], [att("vurguladı")]),
                ("Kuşkusuz, Kars'ın yüzyıllık mirası tek bir milletin tekelinde değildir.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
            [
                ("Ermeni polisi olayla bağlantılı dört kişiyi gözaltına aldı.", ["ad6"], []),
                ("Tabloların ise hem Ermenistan hem Rusya vatandaşı olan bir şüpheli tarafından Gürcistan üzerinden Rusya'ya götürüldüğü sanılıyor.", ["ad8"], [("hedge", "uncertain", "sanılıyor")]),
                ("Tablolardan birinin, soygunun ertesi günü Rusça yayın yapan bir Telegram kanalında 85 bin dolara satışa çıkarıldığı iddia edildi.", ["ad10"], [doubt("iddia edildi")]),
                ("Ermenistan'daki muhalefet, yıllardır yeterli bütçe ayrılmayan müzelerin korumasız kaldığını savunurken Kültür Bakanlığı sorumluluğu müze müdürüne yükleyerek onu görevden uzaklaştırdı.", ["ad14", "ad13"], [att("savunurken")]),
                ("Müdür Narine Papoyan ise çalınan eserlerin gerçek değerinin 1,5 milyon doları aştığını öne sürdü.", ["ad12"], [doubt("öne sürdü")]),
            ],
            [
                ("Kars, 1878-1918 yılları arasında Rus İmparatorluğu'nun yönetiminde kalmış, 1921'deki Kars Antlaşması ile Türkiye sınırları içinde yer almıştı.", [], []),
            ],
        ],
    },
    "fr-lucarne-d-orient.txt": {
        "header": " date 2026-04-25 (La Lucarne d'Orient)",
        "paragraphs": [
            [("En Arménie, le vol de toiles de Minas Avetissian révèle la misère des musées de province", ["ad1", "ad14"], [])],
            [
                ("Dans la nuit de samedi à dimanche, des cambrioleurs se sont introduits dans le musée d'histoire et d'art Kumayri, à Gyumri, la deuxième ville d'Arménie, et en sont repartis avec une vingtaine d'objets.", ["ad1", "ad2"], []),
                ("Parmi eux figurent quatre huiles et deux dessins de Minas Avetissian, l'un des peintres arméniens les plus admirés du XXe siècle, né en 1928 à Djadjour, un village voisin.", ["ad2", "ad18"], []),
                ("Les voleurs ont aussi emporté une dizaine de pièces d'orfèvrerie religieuse, calices, encensoir et croix.", ["ad2"], []),
            ],
            [
                ("L'alarme n'a pas sonné.", ["ad3"], []),
                ("Selon le comité d'enquête, elle était coupée depuis début mars, faute pour le musée d'avoir payé la société de surveillance.", ["ad3"], [att("Selon")]),
                ("La directrice, Narine Papoyan, affirme au contraire qu'une coupure de courant a plongé le quartier dans le noir cette nuit-là et que la batterie de secours ne fonctionnait plus depuis longtemps.", ["ad4"], [att("affirme")]),
            ],
            [
                ("Mercredi, la police a arrêté trois hommes et retrouvé neuf objets dans un garage d'Akhourik, un village proche de la frontière turque.", ["ad6", "ad7"], []),
                ("Les quatre toiles, elles, auraient quitté le pays par le poste-frontière géorgien de Bavra avec un quatrième suspect, qui aurait ensuite pris l'avion pour Moscou.", ["ad8"], [("hedge", "hearsay", "auraient"), ("hedge", "hearsay", "aurait")]),
                ("L'une d'elles a été proposée dès lundi sur une chaîne Telegram russophone pour 85 000 dollars, avant que l'annonce ne disparaisse.", ["ad10"], []),
                ("À la demande d'Erevan, Interpol a inscrit les quatre tableaux dans sa base de données des œuvres d'art volées.", ["ad9"], []),
            ],
            [
                ("Le ministère de la Culture estime le préjudice à 210 millions de drams, soit près de 500 000 euros, quand la directrice parle d'au moins 1,5 million de dollars.", ["ad11", "ad12"], [att("estime"), att("parle")]),
                ("Gardiens payés moins de 100 000 drams par mois, budgets rognés, alarmes hors service : des conservateurs dénoncent depuis des années l'abandon des musées de province.", ["ad14"], [att("dénoncent")]),
                ("Jeudi, le Premier ministre Nikol Pachinian a ordonné de vérifier d'ici un mois la sécurité de tous les musées d'État.", ["ad15"], []),
            ],
            [
                ("Le musée occupe une maison de marchand en tuf noir du XIXe siècle, dans la vieille ville.", [], []),
                ("Six mois plus tôt, le vol des joyaux de la Couronne dans la galerie d'Apollon du Louvre avait rappelé que même les plus grands musées restent vulnérables.", [], []),
            ],
        ],
    },
    "de-kaukasus-depesche.txt": {
        "header": " date 2026-04-24 (Kaukasus-Depesche)",
        "paragraphs": [
            [("Kunstraub in Gjumri: Spur führt über Georgien nach Russland", ["ad1", "ad8"], [])],
            [
                ("Nach dem Einbruch in ein Museum im armenischen Gjumri hat die Polizei drei Verdächtige festgenommen.", ["ad1", "ad6"], []),
                ("Die Diebe waren in der Nacht zum Sonntag durch ein Fenster auf der Rückseite in das Kumajri-Museum für Geschichte und Kunst eingestiegen.", ["ad1"], []),
                ("Nach Angaben der Ermittler erbeuteten sie 17 Objekte: vier Ölgemälde und zwei Zeichnungen von Minas Awetisjan sowie elf Stücke Kirchensilber.", ["ad2"], [att("Nach Angaben")]),
                ("Neun davon, darunter der größte Teil des Silbers, stellte die Polizei am Mittwoch in einer Garage im Dorf Achurik sicher.", ["ad7"], []),
            ],
            [
                ("Die vier Gemälde soll ein vierter Verdächtiger mit armenischem und russischem Pass noch am Sonntag über den Grenzübergang Bavra nach Georgien gebracht haben.", ["ad8"], [("hedge", "hearsay", "soll")]),
                ("Von Tiflis aus flog der Mann am Montag nach Moskau.", ["ad8"], []),
                ("Am selben Tag tauchte eines der Bilder in einem russischsprachigen Telegram-Kanal auf, angeboten für 85.000 Dollar.", ["ad10"], []),
                ("Armenien hat Interpol eingeschaltet, und die Bilder stehen inzwischen in deren Datenbank gestohlener Kunstwerke.", ["ad9"], []),
            ],
            [
                ("Über den Wert wird gestritten: Das Kulturministerium spricht von rund 210 Millionen Dram, umgerechnet etwa 540.000 Dollar, die Museumsdirektorin Narine Papojan von mindestens 1,5 Millionen Dollar.", ["ad11", "ad12"], [att("spricht")]),
                ("Die Alarmanlage war seit Anfang März abgeschaltet, weil das Museum die Rechnungen des Wachdienstes nicht bezahlt hatte.", ["ad3"], []),
                ("Das Ministerium wirft der Direktorin vor, Geld für neue Sicherheitstechnik nicht ausgegeben zu haben, und hat sie vorläufig suspendiert.", ["ad13"], [att("wirft")]),
                ("Oppositionspolitiker in Eriwan sehen dagegen in der chronischen Unterfinanzierung der Museen die eigentliche Ursache.", ["ad14"], [att("sehen")]),
            ],
            [
                ("Das Kirchensilber wurde im 19. Jahrhundert in Kars gefertigt, und armenische Flüchtlinge brachten es 1920 nach Gjumri, das damals Alexandropol hieß.", ["ad16"], []),
                ("In türkischen Medien verweist eine Kunsthistorikerin aus Kars auf osmanische Punzen an einigen Stücken und zählt sie zum gemeinsamen Erbe der Stadt.", ["ad17"], [att("verweist")]),
                ("Die Grenze zwischen Armenien und der Türkei ist seit 1993 geschlossen.", [], []),
                ("Im Grünen Gewölbe in Dresden hatten Diebe 2019 Juwelen von unschätzbarem Wert erbeutet.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (ae), held out: from Monday 2 March 2026 the workers of the copper-molybdenum combine in
# Kajaran (Syunik) strike for a 30% wage rise and for an inquiry into a driver killed in the open
# pit in January (the workers' and the company's accounts of the accident); the company calls the
# strike illegal and a court in Kapan agrees; strikers block the M2 highway to Iran, police detain
# some; exports through Agarak stop, Iran's consulate asks for the road to stay open; Baku says the
# strike left the tailings unattended and the Okhchuchay polluted, Yerevan denies it, Hajiyev
# speaks of guarantees for the Zangezur corridor; Pashinyan sends Mher Grigoryan to mediate and a
# deal is signed in Kapan on Saturday 7 March. Written without looking at the concept lexicon, the
# cue lexicons or the aligner. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AE = {
    "ae1": "On Monday 2 March 2026, from the morning shift, workers of the copper-molybdenum combine in Kajaran (Syunik) went on strike, stopping the open pit and the concentrating plant (az: demanding higher wages); the headlines naming the strike",
    "ae2": "How many struck: more than 2,000 by the union (es, hy; en: the union's count; az: by Armenian media), about 1,200 of some 4,000 employees by the company (en, es, de); ru: about 1,500 by local media; tr: about 1,500",
    "ae3": "The strike was called by the independent union Miners' Solidarity, led by Norayr Khachikyan (en: a blaster with 22 years in the pit; ru: reportedly funded by Western grants)",
    "ae4": "The strikers demand a 30% wage rise (hy, es: the union puts a pit worker's average wage at 390,000 drams a month; es: the company its average wage at 540,000; az: only higher wages)",
    "ae5": "The fatal accident: on 23 January 2026 the haul-truck driver Edgar Simonyan, 34, was killed when part of the pit wall collapsed; the strikers demand an independent inquiry (de: the driver unnamed)",
    "ae6": "The workers' account of the accident: colleagues had reported cracks in that section three days before and were told to keep working",
    "ae7": "The company's account of the accident: an internal commission found that the driver had entered an area closed after blasting (hy: doubted with 'պնդում է')",
    "ae8": "The management called the strike illegal because the union had not given the two weeks' notice required by law (ru, hy: the word in quotes), and offered a 12% rise from April, which the union rejected (en, hy: only the illegality)",
    "ae9": "On Wednesday 4 March a court in Kapan, at the company's request, ruled the strike illegal (en: and ordered the miners back to work)",
    "ae10": "On Wednesday 4 March several hundred strikers blocked the M2 highway through Kajaran, the road to Iran, for about five hours (ru: almost six), stranding lorries (en: some 200; az: nearly 300 bound for Agarak; de: about 180, by the traffic police)",
    "ae11": "Police cleared the road in the evening and detained people (17; hy: 23), released by the next morning (ru, es: detentions agentless)",
    "ae12": "Exports halted: the company puts its losses at about $3 million a day (de: just under), and shipments of concentrate stopped (en, tr, de: those to Iran through Agarak / Norduz)",
    "ae13": "Iran's consulate general in Kapan asked the Armenian authorities to keep the road to the Agarak crossing open and to ensure the safety of Iranian drivers",
    "ae14": "Azerbaijan's ecology ministry says the strike left the combine's tailings unattended and that molybdenum in the Okhchuchay (Voghji) reached 11 times the norm (az: samples of 4 March in Zangilan, copper 6 times; en: doubted with 'claimed'; ru, hy: doubted; de: 'will … gemessen haben')",
    "ae15": "Armenia's environment ministry answers that the tailings and treatment facilities worked normally throughout the strike (hy: and the water at the border meets the norms; es: staffed by workers not on strike; az: doubted with 'iddia edir')",
    "ae16": "Hikmet Hajiyev says the blocked highway shows that transit through the Zangezur corridor needs (international) guarantees (ru, hy: 'so-called')",
    "ae17": "On Thursday 5 March Pashinyan called the (safety) demands justified but the road block unacceptable, and asked Deputy Prime Minister Mher Grigoryan to mediate (az: only his words; es: Grigoryan's mediation also in the sentence on the deal)",
    "ae18": "The deal: after night-long talks in Kapan an agreement was signed early on Saturday 7 March, wages up 18% in two stages (10% from April, 8% from October), an independent foreign safety audit of the open pit, 20 million drams for the dead driver's family, no sanctions against strikers; work resumed on Saturday night",
    "ae19": "The Kajaran combine is Armenia's largest industrial enterprise, taxpayer and exporter (background)",
    "ae20": "The M2 highway through Kajaran is Armenia's only road to Iran (background)",
    "ae21": "Kajaran is one of the world's largest copper-molybdenum deposits (background)",
}

ARTICLES_AE = {
    "en-southern-range-report.txt": {
        "header": " date 2026-03-08 (The Southern Range Report)",
        "paragraphs": [
            [("Armenian copper miners end six-day strike with pay rise and safety audit", ["ae18", "ae1"], [])],
            [
                ("Workers at the copper-molybdenum combine in Kajaran, in Armenia's southern Syunik province, went back to work on Saturday night after the management agreed to raise wages by 18% and to bring in outside experts to check the safety of its open pit.", ["ae18"], []),
                ("The deal, signed shortly after four in the morning in Kapan after talks that ran through the night, ended a strike that began with the morning shift on Monday 2 March.", ["ae18", "ae1"], []),
                ("Wages will rise by 10% in April and by a further 8% in October, and the family of a driver killed in the pit in January will receive 20 million drams, about $51,000.", ["ae18"], []),
            ],
            [
                ("The strike was called by Miners' Solidarity, an independent union led by Norayr Khachikyan, a blaster who has worked in the pit for 22 years.", ["ae3"], []),
                ("The union put the number of strikers at more than 2,000, while the company said about 1,200 of its roughly 4,000 employees had stopped work.", ["ae2"], [att("put the number"), att("said")]),
                ("Besides a 30% pay rise, the strikers demanded an independent inquiry into the death of Edgar Simonyan, a 34-year-old haul-truck driver who was crushed on 23 January when part of the pit wall gave way.", ["ae4", "ae5"], []),
                ("His colleagues say they had reported cracks in that section three days earlier and were told to keep working.", ["ae6"], [att("say")]),
                ("An internal company commission concluded that Simonyan had driven into an area closed off after blasting.", ["ae7"], [att("concluded")]),
            ],
            [
                ("The management called the stoppage illegal because the union had not given the two weeks' notice required by law, and on Wednesday a court in Kapan agreed and ordered the miners back to work.", ["ae8", "ae9"], [att("called")]),
                ("Hours later several hundred strikers blocked the road through Kajaran, Armenia's only highway to Iran, for about five hours, leaving some 200 lorries stranded.", ["ae10", "ae20"], []),
                ("Police cleared the road in the evening and detained 17 people, all of whom were released by Thursday morning.", ["ae11"], []),
                ("The company, Armenia's biggest taxpayer, estimated its losses at about $3 million for each day of the strike, as shipments of concentrate, including those bound for Iran through the Agarak crossing, came to a halt.", ["ae12", "ae19"], [att("estimated")]),
            ],
            [
                ("On Thursday Prime Minister Nikol Pashinyan called the safety demands justified but the blocking of a road to Iran unacceptable, and asked Deputy Prime Minister Mher Grigoryan to mediate.", ["ae17"], [att("called")]),
                ("Azerbaijan's ecology ministry claimed that the strike had left the combine's tailings unattended and that molybdenum in the river flowing from Kajaran into Azerbaijan had reached 11 times the permitted level.", ["ae14"], [doubt("claimed")]),
                ("Kajaran's open pit, mined since the early 1950s, holds one of the largest copper and molybdenum deposits in the world.", ["ae21"], []),
                ("Smaller stoppages have hit Armenian mines in recent years, but none had shut Kajaran down for so long.", [], []),
            ],
        ],
    },
    "ru-gornoe-ekho.txt": {
        "header": " date 2026-03-05 (Горное эхо)",
        "paragraphs": [
            [("Забастовка в Каджаране парализовала крупнейшее предприятие Армении", ["ae1", "ae19"], [])],
            [
                ("С понедельника на медно-молибденовом комбинате в Каджаране, на юге Армении, бастуют горняки карьера и рабочие обогатительной фабрики.", ["ae1"], []),
                ("По оценкам местных СМИ, к забастовке присоединились около полутора тысяч человек.", ["ae2"], [att("По оценкам")]),
                ("Комбинат — крупнейший налогоплательщик республики, и каждый день простоя, по словам его руководства, обходится примерно в три миллиона долларов.", ["ae19", "ae12"], [att("по словам")]),
            ],
            [
                ("Акцию организовал профсоюз «Солидарность горняков» во главе с Норайром Хачикяном, который, как сообщается, в прошлом году получал гранты от западных фондов.", ["ae3"], [("hedge", "hearsay", "как сообщается")]),
                ("Бастующие требуют повысить зарплату на 30% и независимо расследовать гибель водителя карьерного самосвала Эдгара Симоняна, которого 23 января придавило обрушившейся породой.", ["ae4", "ae5"], []),
                ("Комиссия предприятия ещё в феврале пришла к выводу, что водитель сам заехал на участок, закрытый после взрывных работ.", ["ae7"], [att("пришла к выводу")]),
                ("Руководство комбината называет забастовку «незаконной»: по его словам, профсоюз не предупредил о ней за две недели, как того требует закон.", ["ae8"], [att("называет"), ("scare-quote", "distancing", "«незаконной»"), att("по его словам")]),
                ("Предложенную администрацией прибавку в 12% с 1 апреля профсоюз отверг.", ["ae8"], []),
            ],
            [
                ("В среду суд в Капане по иску комбината признал забастовку незаконной, однако горняки на работу так и не вышли.", ["ae9"], []),
                ("В тот же день несколько сотен бастующих почти на шесть часов перекрыли трассу, которая ведёт через Каджаран к иранской границе.", ["ae10"], []),
                ("Вечером полиция разблокировала дорогу, 17 человек задержаны, к утру их отпустили.", ["ae11"], [("agency", "agentless", "задержаны")]),
                ("Генеральное консульство Ирана в Капане попросило армянские власти обеспечить свободный проезд к пункту пропуска Агарак и безопасность иранских водителей.", ["ae13"], []),
                ("Премьер-министр Никол Пашинян в четверг назвал требования по безопасности обоснованными, а перекрытие дороги — недопустимым и поручил вице-премьеру Мгеру Григоряну выступить посредником.", ["ae17"], [att("назвал")]),
            ],
            [
                ("В Баку тем временем поспешили использовать забастовку: министерство экологии Азербайджана утверждает, что хвостохранилище комбината осталось без присмотра, а содержание молибдена в реке Охчучай превысило норму в 11 раз.", ["ae14"], [doubt("поспешили"), doubt("утверждает")]),
                ("В Министерстве окружающей среды Армении это отрицают: по их данным, очистные сооружения работали без перебоев.", ["ae15"], [att("отрицают"), att("по их данным")]),
                ("Помощник Ильхама Алиева Хикмет Гаджиев заявил, что перекрытая трасса доказывает необходимость международных гарантий для так называемого Зангезурского коридора.", ["ae16"], [att("заявил"), ("scare-quote", "marker", "так называемого"), ("loaded", "az-frame", "Зангезурского коридора")]),
                ("В советские годы каджаранский комбинат давал значительную часть молибдена, добывавшегося в СССР.", [], []),
            ],
        ],
    },
    "hy-syuniki-aravot.txt": {
        "header": " date 2026-03-07 (Սյունիքի առավոտ)",
        "paragraphs": [
            [("Քաջարանի հանքագործները դադարեցրին գործադուլը՝ ձեռք բերելով աշխատավարձի 18 տոկոս բարձրացում", ["ae18", "ae1"], [])],
            [
                ("Շաբաթ օրը լուսաբացին Կապանում ստորագրված համաձայնագրով ավարտվեց Քաջարանի պղնձամոլիբդենային կոմբինատի աշխատողների վեցօրյա գործադուլը։", ["ae18"], []),
                ("Աշխատավարձերը կբարձրանան երկու փուլով՝ ապրիլից 10 տոկոսով, հոկտեմբերից՝ ևս 8-ով, իսկ բաց հանքի անվտանգությունը երեք ամսվա ընթացքում կստուգի անկախ օտարերկրյա ընկերություն։", ["ae18"], []),
                ("Զոհված վարորդի ընտանիքը կստանա 20 միլիոն դրամ փոխհատուցում, և գործադուլին մասնակցածներից ոչ ոք չի պատժվի։", ["ae18"], []),
            ],
            [
                ("Գործադուլը սկսվել էր մարտի 2-ին՝ երկուշաբթի առավոտյան, երբ «Հանքագործների համերաշխություն» անկախ արհմիության կոչով ավելի քան 2000 աշխատող դուրս չեկավ աշխատանքի՝ կանգնեցնելով և՛ բաց հանքը, և՛ հարստացուցիչ ֆաբրիկան։", ["ae1", "ae2", "ae3"], []),
                ("Արհմիության նախագահ Նորայր Խաչիկյանի խոսքով՝ կարիերում աշխատողի միջին աշխատավարձն այսօր 390 հազար դրամ է, ուստի 30 տոկոս բարձրացման պահանջը միանգամայն արդարացի էր։", ["ae4", "ae3"], [att("խոսքով")]),
                ("Համբերության բաժակը լցվել էր դեռ հունվարի 23-ին, երբ կարիերի պատի մի հատվածի փլուզումից զոհվեց 34-ամյա ինքնաթափի վարորդ Էդգար Սիմոնյանը։", ["ae5"], []),
                ("Նրա ընկերները պատմում են, որ երեք օր առաջ զգուշացրել էին այդ հատվածում հայտնված ճաքերի մասին, բայց իրենց ասել էին շարունակել աշխատանքը։", ["ae6"], [att("պատմում են")]),
                ("Ընկերության ներքին հանձնաժողովը, սակայն, պնդում է, թե Սիմոնյանը մտել էր պայթեցումից հետո փակված հատված։", ["ae7"], [doubt("պնդում է")]),
            ],
            [
                ("Կոմբինատի ղեկավարությունը գործադուլն անվանեց «անօրինական», իսկ չորեքշաբթի Կապանի դատարանը բավարարեց ընկերության հայցը և գործադուլն անօրինական ճանաչեց։", ["ae8", "ae9"], [att("անվանեց"), ("scare-quote", "distancing", "«անօրինական»")]),
                ("Նույն օրը հարյուրավոր գործադուլավորներ մոտ հինգ ժամով փակեցին Քաջարանով անցնող Մ-2 մայրուղին, որը Հայաստանից Իրան տանող միակ ճանապարհն է։", ["ae10", "ae20"], []),
                ("Երեկոյան ոստիկանությունը բացեց ճանապարհը և բերման ենթարկեց 23 մարդու, որոնց հաջորդ առավոտ բաց թողեցին։", ["ae11"], []),
                ("Հինգշաբթի վարչապետ Նիկոլ Փաշինյանը հանքագործների պահանջներն արդարացի համարեց, իսկ մայրուղու փակումը՝ անթույլատրելի, և բանակցությունների միջնորդ նշանակեց փոխվարչապետ Մհեր Գրիգորյանին։", ["ae17"], [att("համարեց")]),
            ],
            [
                ("Ադրբեջանի էկոլոգիայի նախարարությունն էլ շտապեց հայտարարել, թե գործադուլի պատճառով կոմբինատի պոչամբարն անհսկելի է մնացել, իսկ Ողջի գետում մոլիբդենի պարունակությունը 11 անգամ գերազանցել է նորման։", ["ae14"], [doubt("շտապեց")]),
                ("Շրջակա միջավայրի նախարարությունը պատասխանել է, որ մաքրման կառույցները գործադուլի ողջ ընթացքում աշխատել են, իսկ սահմանին ջրի որակը համապատասխանում է նորմերին։", ["ae15"], [att("պատասխանել է")]),
                ("Ալիևի օգնական Հիքմեթ Հաջիևը մայրուղու փակումն էլ օգտագործեց՝ կրկին խոսելու այսպես կոչված «Զանգեզուրի միջանցքի» համար միջազգային երաշխիքների մասին։", ["ae16"], [("scare-quote", "marker", "այսպես կոչված"), ("scare-quote", "distancing", "«Զանգեզուրի միջանցքի»"), ("loaded", "az-frame", "Զանգեզուրի միջանցքի")]),
                ("Քաջարանում ապրում է շուրջ յոթ հազար մարդ, և գրեթե յուրաքանչյուր ընտանիք այս կամ այն կերպ կապված է կոմբինատի հետ։", [], []),
            ],
        ],
    },
    "az-oxcu-xeber.txt": {
        "header": " date 2026-03-05 (Oxçu Xəbər)",
        "paragraphs": [
            [("Qacaranda tətil: Oxçuçayda molibdenin miqdarı normanı 11 dəfə aşıb", ["ae1", "ae14"], [])],
            [
                ("Ekologiya və Təbii Sərvətlər Nazirliyi martın 4-də Zəngilan rayonu ərazisində Oxçuçaydan götürülmüş su nümunələrində molibdenin miqdarının normadan 11 dəfə, misin miqdarının isə 6 dəfə çox olduğunu açıqlayıb.", ["ae14"], [att("açıqlayıb")]),
                ("Nazirliyin məlumatına görə, çirklənmə Ermənistanın Qacaran mis-molibden kombinatında bazar ertəsi başlayan tətil səbəbindən tullantı anbarının nəzarətsiz qalması ilə bağlıdır.", ["ae14", "ae1"], [att("məlumatına görə")]),
                ("Qərbi Zəngəzurda yerləşən kombinatın işçiləri maaşların artırılmasını tələb edərək işə çıxmırlar.", ["ae1", "ae4"], [("loaded", "az-frame", "Qərbi Zəngəzurda")]),
                ("Erməni mediasının yaydığı məlumata görə, tətildə 2 mindən çox işçi iştirak edir.", ["ae2"], [att("məlumata görə")]),
            ],
            [
                ("Çərşənbə günü tətilçilər Qacarandan keçən və Ermənistanı İranla birləşdirən yeganə avtomobil yolunu bağlayıblar.", ["ae10", "ae20"], []),
                ("Nəticədə Aqarak sərhəd-keçid məntəqəsinə gedən 300-ə yaxın yük maşını yolda qalıb.", ["ae10"], []),
                ("Polis axşam saatlarında yolu açaraq 17 nəfəri saxlayıb.", ["ae11"], []),
                ("İranın Qafandakı Baş Konsulluğu Ermənistan hakimiyyətindən Aqaraka gedən yolun açıq saxlanılmasını və iranlı sürücülərin təhlükəsizliyinin təmin edilməsini xahiş edib.", ["ae13"], []),
                ("Kombinat rəhbərliyinin hesablamalarına görə, tətilin hər günü şirkətə təxminən 3 milyon dollara başa gəlir.", ["ae12"], [att("hesablamalarına görə")]),
                ("Qeyd edək ki, kombinat Ermənistanın ən böyük vergi ödəyicisi və ixracatçısıdır.", ["ae19"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Qacarandakı hadisələr Zəngəzur dəhlizi ilə maneəsiz hərəkət üçün beynəlxalq təminatların zəruri olduğunu bir daha göstərir.", ["ae16"], [att("bildirib"), ("loaded", "az-frame", "Zəngəzur dəhlizi")]),
                ("Ermənistanın Ətraf Mühit Nazirliyi isə tullantı anbarının tətil günlərində də normal işlədiyini iddia edir.", ["ae15"], [doubt("iddia edir")]),
                ("Baş nazir Nikol Paşinyan tətilçilərin tələblərini “ədalətli” adlandırsa da, yolun bağlanmasını yolverilməz hesab edib.", ["ae17"], [att("adlandırsa"), ("scare-quote", "distancing", "“ədalətli”"), att("hesab edib")]),
                ("Şübhəsiz, Oxçuçayın növbəti dəfə çirkləndirilməsi Ermənistanın illərdir davam edən ekoloji terror siyasətinin davamıdır.", [], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "ekoloji terror")]),
                ("Xatırladaq ki, Oxçuçay Qacaran və Qafan yaxınlığından keçərək Zəngilan rayonu ərazisinə daxil olur və Araz çayına tökülür.", [], []),
            ],
        ],
    },
    "tr-kafkas-gundemi.txt": {
        "header": " date 2026-03-07 (Kafkas Gündemi)",
        "paragraphs": [
            [("Ermenistan'daki maden grevi sona erdi: Kacaranlı işçilere yüzde 18 zam", ["ae18", "ae1"], [])],
            [
                ("Ermenistan'ın güneyindeki Sünik bölgesinde bulunan Kacaran bakır-molibden kombinasında 2 Mart Pazartesi günü başlayan grev, cumartesi sabahı Kafan'da imzalanan anlaşmayla sona erdi.", ["ae1", "ae18"], []),
                ("Anlaşma uyarınca ücretler nisan ayında yüzde 10, ekimde ise yüzde 8 artırılacak.", ["ae18"], []),
                ("Açık ocağın güvenliği yabancı bir şirket tarafından denetlenecek, greve katılan işçilere ise herhangi bir yaptırım uygulanmayacak.", ["ae18"], []),
            ],
            [
                ("Bağımsız Madenci Dayanışması Sendikası'nın çağrısıyla başlayan greve yaklaşık 1.500 işçi katıldı.", ["ae3", "ae2"], []),
                ("Sendika Başkanı Norayr Haçikyan, yüzde 30 zam istediklerini ve ocak ayında açık ocakta yaşanan kaya düşmesinde hayatını kaybeden 34 yaşındaki kamyon şoförü Edgar Simonyan'ın ölümünün bağımsız bir komisyonca araştırılmasını talep ettiklerini söyledi.", ["ae3", "ae4", "ae5"], [att("söyledi")]),
                ("Kombina yönetimi ise sendikanın yasada öngörülen iki haftalık bildirim süresine uymadığını belirterek grevi yasa dışı ilan etmiş, nisandan itibaren yüzde 12 zam teklif etmişti.", ["ae8"], [att("belirterek")]),
                ("Kafan'daki mahkeme de çarşamba günü grevin yasa dışı olduğuna hükmetti.", ["ae9"], []),
            ],
            [
                ("Aynı gün yüzlerce işçi, Ermenistan'ı İran'a bağlayan tek kara yolu olan M2 karayolunu Kacaran girişinde yaklaşık beş saat boyunca trafiğe kapattı.", ["ae10", "ae20"], []),
                ("Polis akşam saatlerinde yolu açtı ve 17 kişiyi gözaltına aldı.", ["ae11"], []),
                ("İran'ın Kafan Başkonsolosluğu, Agarak-Norduz sınır kapısına giden yolun açık tutulması ve İranlı tır şoförlerinin güvenliğinin sağlanması çağrısında bulundu.", ["ae13"], []),
                ("Grev süresince Norduz üzerinden İran'a yapılan molibden konsantresi sevkiyatı durdu, yönetim günlük kaybın 3 milyon doları bulduğunu açıkladı.", ["ae12"], [att("açıkladı")]),
                ("Ermenistan Başbakanı Nikol Paşinyan perşembe günü işçilerin güvenlik taleplerini haklı bulduğunu, ancak yol kapatmanın kabul edilemez olduğunu söyleyerek Başbakan Yardımcısı Mher Grigoryan'ı arabulucu olarak görevlendirdi.", ["ae17"], [att("söyleyerek")]),
            ],
            [
                ("Azerbaycan Ekoloji ve Doğal Kaynaklar Bakanlığı ise grev nedeniyle denetimsiz kalan atık havuzundan Ohçuçay nehrine sızıntı olduğunu ve Zengilan'da alınan numunelerde molibden oranının normun 11 katına çıktığını açıkladı.", ["ae14"], [att("açıkladı")]),
                ("Azerbaycan Cumhurbaşkanı Yardımcısı Hikmet Hacıyev de yaşananların, Zengezur koridorunda kesintisiz geçişin uluslararası güvenceye bağlanması gerektiğini bir kez daha gösterdiğini vurguladı.", ["ae16"], [att("vurguladı"), ("loaded", "az-frame", "Zengezur koridorunda")]),
                ("Kuşkusuz, bölgede kalıcı barış ancak kesintisiz ulaşım hatlarıyla mümkün olacak.", [], [("booster", "booster", "Kuşkusuz")]),
                ("Kacaran yatağı, dünyanın en büyük bakır-molibden rezervlerinden biri olarak biliniyor.", ["ae21"], []),
            ],
        ],
    },
    "es-veta-del-sur.txt": {
        "header": " date 2026-03-08 (La Veta del Sur)",
        "paragraphs": [
            [("Los mineros del cobre de Armenia vuelven al trabajo tras seis días de huelga", ["ae18", "ae1"], [])],
            [
                ("Los trabajadores del combinado de cobre y molibdeno de Kajarán, en la provincia armenia de Syunik, regresaron el sábado por la noche a sus puestos después de arrancar a la empresa una subida salarial del 18 % en dos tramos.", ["ae18"], []),
                ("El acuerdo, firmado de madrugada en Kapan con la mediación del viceprimer ministro Mher Grigorián, incluye además una auditoría independiente de la seguridad de la mina a cielo abierto y una indemnización de 20 millones de dram para la familia de un camionero fallecido en enero.", ["ae18", "ae17"], []),
            ],
            [
                ("El paro, convocado por el sindicato independiente Solidaridad Minera, había empezado el lunes 2 de marzo con el turno de mañana.", ["ae1", "ae3"], []),
                ("Según el sindicato, lo secundaron más de 2.000 trabajadores; la empresa habla de unos 1.200 de una plantilla de cerca de 4.000.", ["ae2"], [att("Según"), att("habla de")]),
                ("Los huelguistas reclamaban un aumento del 30 % y alegaban que un minero cobra de media unos 390.000 dram al mes, algo más de 1.000 dólares, mientras que la dirección sitúa el salario medio en 540.000.", ["ae4"], [att("alegaban"), att("sitúa")]),
                ("Pero lo que desató la protesta fue la muerte, el 23 de enero, de Edgar Simonián, un camionero de 34 años que quedó sepultado bajo un desprendimiento de rocas en la corta.", ["ae5"], []),
                ("Sus compañeros aseguran que tres días antes habían avisado de grietas en ese talud y que se les ordenó seguir trabajando.", ["ae6"], [att("aseguran")]),
            ],
            [
                ("La empresa, el mayor contribuyente del país, calificó el paro de ilegal por no haberse preavisado con dos semanas de antelación y ofreció un 12 % a partir de abril, algo que el sindicato rechazó.", ["ae8", "ae19"], [att("calificó")]),
                ("El miércoles un tribunal de Kapan le dio la razón, y esa misma tarde centenares de mineros cortaron durante cinco horas la carretera que atraviesa Kajarán, hasta que la policía los desalojó.", ["ae9", "ae10"], []),
                ("Diecisiete manifestantes fueron detenidos y quedaron en libertad al día siguiente.", ["ae11"], [("agency", "agentless", "fueron detenidos")]),
                ("La compañía calcula que cada jornada de huelga le costó unos 3 millones de dólares en envíos de concentrado perdidos.", ["ae12"], [att("calcula")]),
            ],
            [
                ("El jueves, el primer ministro Nikol Pashinián consideró justas las reivindicaciones de seguridad, aunque tachó de inaceptable el corte de una carretera que lleva a Irán.", ["ae17"], [att("consideró"), att("tachó")]),
                ("La huelga tuvo eco en Bakú: el Ministerio de Ecología azerbaiyano sostuvo que la balsa de residuos quedó sin vigilancia y que el molibdeno en el río Ojchuchay, como allí llaman al Voghji, multiplicaba por once el límite permitido.", ["ae14"], [att("sostuvo")]),
                ("Ereván lo desmintió y aseguró que las instalaciones de depuración funcionaron en todo momento con personal que no secundaba la huelga.", ["ae15"], [att("desmintió"), att("aseguró")]),
                ("El molibdeno se utiliza sobre todo para fabricar aceros especiales resistentes al calor y a la corrosión.", [], []),
                ("En España, la gran huelga del carbón de 2012 también estuvo marcada por cortes de carreteras.", [], []),
            ],
        ],
    },
    "de-rohstoff-kurier.txt": {
        "header": " date 2026-03-07 (Rohstoff-Kurier)",
        "paragraphs": [
            [("Streik in Armeniens größtem Industriebetrieb beendet – 18 Prozent mehr Lohn", ["ae18", "ae1", "ae19"], [])],
            [
                ("Nach fast einer Woche Stillstand nimmt das Kupfer- und Molybdänkombinat im südarmenischen Kadscharan den Betrieb wieder auf.", ["ae18"], []),
                ("Werksleitung und Gewerkschaft einigten sich in der Nacht zum Samstag in Kapan, der Hauptstadt der Provinz Sjunik, auf eine Lohnerhöhung in zwei Stufen: zehn Prozent ab April, weitere acht Prozent ab Oktober.", ["ae18"], []),
                ("Außerdem wird ein ausländisches Unternehmen binnen drei Monaten die Sicherheit des Tagebaus prüfen.", ["ae18"], []),
            ],
            [
                ("Am Montagmorgen hatten nach Angaben des Unternehmens rund 1.200 Beschäftigte die Arbeit niedergelegt, im Tagebau ebenso wie in der Aufbereitungsanlage.", ["ae1", "ae2"], [att("nach Angaben")]),
                ("Sie verlangten 30 Prozent mehr Lohn und Konsequenzen aus einem tödlichen Unfall: Am 23. Januar war ein 34-jähriger Lkw-Fahrer im Tagebau von herabstürzendem Gestein erschlagen worden.", ["ae4", "ae5"], []),
                ("Eine interne Kommission des Werks kam zu dem Schluss, der Fahrer sei in einen nach einer Sprengung gesperrten Abschnitt gefahren.", ["ae7"], [att("kam zu dem Schluss")]),
                ("Die Werksleitung hatte den Ausstand für rechtswidrig erklärt, weil er nicht zwei Wochen im Voraus angekündigt worden sei, und lediglich zwölf Prozent mehr angeboten.", ["ae8"], [att("erklärt")]),
            ],
            [
                ("Am Mittwoch blockierten Streikende fünf Stunden lang die Fernstraße M2, die durch Kadscharan führt und Armeniens einzige Straßenverbindung in den Iran ist.", ["ae10", "ae20"], []),
                ("Rund 180 Lastwagen stauten sich nach Angaben der Verkehrspolizei vor der Sperre.", ["ae10"], [att("nach Angaben")]),
                ("Das Kombinat, Armeniens größter Steuerzahler und Exporteur, bezifferte seinen Ausfall auf knapp drei Millionen Dollar am Tag.", ["ae19", "ae12"], [att("bezifferte")]),
                ("Auch die Lieferungen von Molybdänkonzentrat über den Grenzübergang Agarak in den Iran standen still.", ["ae12"], []),
            ],
            [
                ("Regierungschef Nikol Paschinjan nannte die Sicherheitsforderungen berechtigt, die Straßenblockade aber inakzeptabel, und schickte seinen Stellvertreter Mher Grigorjan als Vermittler.", ["ae17"], [att("nannte")]),
                ("Das aserbaidschanische Umweltministerium warf dem Werk vor, während des Streiks seine Absetzbecken unbeaufsichtigt gelassen zu haben, und will im Fluss Ochtschutschai elfmal mehr Molybdän als erlaubt gemessen haben.", ["ae14"], [att("warf"), doubt("will")]),
                ("Kadscharan gilt als eine der größten Kupfer-Molybdän-Lagerstätten der Welt.", ["ae21"], []),
                ("Für den Weltmarkt bleibt der Ausfall dennoch verkraftbar, denn Molybdän wird vor allem in China, Chile und den USA gefördert.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (af), held out: a disputed early mayoral election in Georgia's Marneuli municipality
# (Kvemo Kartli, mostly ethnic Azerbaijani) on Sunday 4 October 2026: turnout 46% by the Central
# Election Commission, under 40% by the opposition and observers; the ruling party's Levan
# Tsiklauri (51.4%) against Aygun Mammadli of the opposition coalition Common Home (42.7%);
# allegations of vote buying and of pressure on Azerbaijani-speaking voters; ballots printed only
# in Georgian; a scuffle in Sadakhlo and detentions; a recount at seven polling stations; the
# statements of the CEC, the monitoring group Transparent Ballot, the opposition leader Tornike
# Lomidze, Hikmet Hajiyev, an Armenian community leader in Bolnisi, Maria Zakharova and the EU; a
# court in Rustavi rejects the opposition's appeal and the final result on Sunday 11 October.
# Written without looking at the concept lexicon, the cue lexicons or the aligner. Do not rewrite
# these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AF = {
    "af1": "On Sunday 4 October 2026 an early election for mayor was held in Georgia's Marneuli municipality (Kvemo Kartli); the headlines naming the election",
    "af2": "Turnout: 46% by the Central Election Commission (ka: 46.2%; ru: about 46%; de: just under 46%), under 40% by the opposition (az) or by the observers (en, it, de)",
    "af3": "The count on election night: the ruling Georgian Dream's candidate Levan Tsiklauri 51.4%, just above the half needed to avoid a run-off, the opposition coalition Common Home's Aygun Mammadli 42.7% (ru headline: his victory)",
    "af4": "Vote buying: voters in villages were offered 50 lari or food parcels (flour, oil, sugar) for their vote, by the opposition and the observers (ka, ru: doubted; en: 'were said'; it: 'sarebbero'; de: 'sollen')",
    "af5": "Pressure on Azerbaijani-speaking voters: teachers, kindergarten staff and families on social assistance in Azerbaijani villages were told to vote for the ruling candidate and to photograph their ballots (ru: doubted; de: 'sollen')",
    "af6": "For the first time in Marneuli the ballots were printed only in Georgian, not also in Azerbaijani as before; the CEC answers that translated sample ballots hung in every polling station (ka, en: and Azerbaijani-speaking commission members helped voters)",
    "af7": "The scuffle on election afternoon outside a polling station in Sadakhlo between opposition supporters and the people in a minibus they accused of carrying the same voters from station to station (en: two people and a police officer hurt; ka: the opposition supporters attacked the driver)",
    "af8": "Detentions: 19 by the interior ministry (ka, de: by the police), about 20 (ru, hy, it), more than 30 by the opposition (en, ka, az, it)",
    "af9": "On Tuesday 6 October the district election commission ordered a recount at seven polling stations (az: the opposition had asked for 23)",
    "af10": "The CEC says the vote was held in a calm atmosphere and isolated incidents did not affect the result (az, hy: doubted)",
    "af11": "The Georgian monitoring group Transparent Ballot, with 60 observers, recorded 86 violations (en: 11 of them suspected vote buying; ru: 'so-called independent observers')",
    "af12": "The opposition does not recognise the result: Common Home's leader Tornike Lomidze calls it 'stolen' and led a rally in Marneuli on Tuesday evening (en: about 3,000; ru: about a thousand by the police; hy, it: several thousand); az: Mammadli refuses to recognise it",
    "af13": "Hikmet Hajiyev says Georgian citizens of Azerbaijani origin must be able to vote freely and in their mother tongue (en, az: while the election is Georgia's internal affair; az: Baku follows closely, the strategic partnership stays firm)",
    "af14": "Hrachya Melkonyan, head of the Armenian community in neighbouring Bolnisi, says voters in the municipality's Armenian villages found no translation into Armenian either and urges that the election not be turned into an ethnic quarrel",
    "af15": "Maria Zakharova accuses Western-funded NGOs of stirring up ethnic tension in Georgia (ru: 'playing the ethnic card')",
    "af16": "The EU called on the Georgian authorities to investigate the complaints / allegations of vote buying and pressure credibly",
    "af17": "The opposition's appeal to annul the results at 12 polling stations, filed with the Rustavi City Court on Wednesday 7 October (ru) and rejected on Friday 9 October (en: the coalition will go to the Tbilisi Court of Appeals)",
    "af18": "The final result on Sunday 11 October after the recount: Tsiklauri 50.6%, elected without a run-off (de: by some 400 votes more than he needed), Mammadli 43.1%",
    "af19": "Ethnic Azerbaijanis make up most (more than 80%) of Marneuli municipality's population (background)",
    "af20": "Georgia has been in a political crisis since the disputed parliamentary elections of October 2024, after which the government suspended (froze) the EU accession talks (background)",
    "af21": "Many ethnic Azerbaijanis in the area, especially older people, speak little Georgian (background)",
}

ARTICLES_AF = {
    "en-borderland-review.txt": {
        "header": " date 2026-10-12 (The Borderland Review)",
        "paragraphs": [
            [("Ruling party keeps Marneuli mayoralty after recount as opposition cries foul", ["af18", "af9", "af12"], [])],
            [
                ("Georgia's Central Election Commission on Sunday confirmed Levan Tsiklauri of the ruling Georgian Dream party as mayor of Marneuli, a week after an early election there that the opposition says was marred by vote buying and pressure on minority voters.", ["af18", "af1", "af4", "af5"], [att("says")]),
                ("After a recount at seven polling stations, Tsiklauri finished with 50.6% of the vote, just over the half he needed to avoid a run-off, against 43.1% for Aygun Mammadli of the opposition coalition Common Home.", ["af18", "af9"], []),
                ("On election night, with all ballots counted, the commission had given him 51.4% and Mammadli 42.7%.", ["af3"], []),
            ],
            [
                ("It put turnout in the vote on 4 October at 46%, but the Georgian monitoring group Transparent Ballot said fewer than 40% of voters had cast a ballot and that the lists were padded with people who had long since emigrated.", ["af2", "af1"], [att("put turnout"), att("said"), mv("voluntary", "emigrated")]),
                ("The group, which had 60 observers at the polls, recorded 86 violations, among them 11 suspected cases of vote buying in which voters were said to have been offered 50 lari, about $18, or parcels of flour, oil and sugar.", ["af11", "af4"], [("hedge", "hearsay", "were said")]),
                ("Teachers, kindergarten staff and families on social assistance in Azerbaijani-speaking villages told observers they had been warned to vote for the ruling party's candidate and to photograph their ballots.", ["af5"], [att("told")]),
            ],
            [
                ("For the first time in Marneuli, ballots were printed only in Georgian, without the Azerbaijani translation used in earlier elections.", ["af6"], []),
                ("The commission said translated sample ballots hung in every polling station and that Azerbaijani-speaking members of the precinct commissions had helped voters who did not read Georgian.", ["af6"], [att("said")]),
                ("In a municipality where more than 80% of the roughly 100,000 residents are ethnic Azerbaijanis, and where many older people speak little Georgian, the change was widely resented.", ["af19", "af21"], []),
            ],
            [
                ("Tension boiled over on the afternoon of the vote in Sadakhlo, a village near the Armenian border, where opposition supporters blocked a minibus they accused of ferrying the same voters from one polling station to the next.", ["af7"], [att("accused")]),
                ("Two people and a police officer were hurt in the scuffle that followed.", ["af7"], [("agency", "agentless", "were hurt")]),
                ("Nineteen people were detained, according to the interior ministry, while the opposition puts the number of its supporters held at more than 30.", ["af8"], [("agency", "agentless", "were detained"), att("according to"), att("puts the number")]),
            ],
            [
                ("The opposition leader Tornike Lomidze called the result “stolen” and led about 3,000 people through the centre of Marneuli on Tuesday evening.", ["af12"], [att("called"), ("scare-quote", "distancing", "“stolen”")]),
                ("On Friday a court in Rustavi rejected Common Home's appeal to annul the results at 12 polling stations, and the coalition says it will take the case to the Tbilisi Court of Appeals.", ["af17"], [att("says")]),
                ("In Baku, Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said Georgian citizens of Azerbaijani origin must be able to vote freely and to read their ballots in their mother tongue, while stressing that the election was Georgia's internal affair.", ["af13"], [att("said"), att("stressing")]),
                ("The European Union's foreign service called for a credible investigation of the allegations of vote buying and pressure.", ["af16"], []),
                ("Georgia has been in political turmoil since the disputed parliamentary elections of October 2024, after which the government suspended talks on joining the EU.", ["af20"], []),
            ],
        ],
    },
    "ka-algetis-matsne.txt": {
        "header": " date 2026-10-12 (ალგეთის მაცნე)",
        "paragraphs": [
            [("მარნეულის მერად „ქართული ოცნების“ კანდიდატი ლევან წიკლაური აირჩიეს", ["af18"], [])],
            [
                ("ცენტრალურმა საარჩევნო კომისიამ კვირას მარნეულის მუნიციპალიტეტში 4 ოქტომბერს გამართული მერის რიგგარეშე არჩევნების საბოლოო შედეგები შეაჯამა.", ["af18", "af1"], []),
                ("შვიდ საარჩევნო უბანზე ბიულეტენების ხელახალი დათვლის შემდეგ მმართველი პარტიის კანდიდატმა ლევან წიკლაურმა ხმების 50,6% მიიღო, ამიტომ მეორე ტური აღარ გაიმართება.", ["af18", "af9"], []),
                ("ოპოზიციური კოალიციის, „საერთო სახლის“ კანდიდატმა აიგუნ მამედლიმ 43,1% დააგროვა.", ["af18"], []),
            ],
            [
                ("არჩევნების ღამეს, ყველა ბიულეტენის დათვლის შემდეგ, წიკლაურს 51,4% ჰქონდა, მამედლის კი — 42,7%.", ["af3"], []),
                ("ცესკოს მონაცემებით, არჩევნებში ამომრჩეველთა 46,2%-მა მიიღო მონაწილეობა.", ["af2"], [att("მონაცემებით")]),
                ("კომისიის განცხადებით, კენჭისყრა მშვიდ ვითარებაში წარიმართა, ცალკეულ ინციდენტებს კი არჩევნების შედეგზე გავლენა არ მოუხდენია.", ["af10"], [att("განცხადებით")]),
            ],
            [
                ("ყველაზე დაძაბული ვითარება სადახლოში იყო, სადაც საარჩევნო უბანთან ოპოზიციის მხარდამჭერებმა მიკროავტობუსი გააჩერეს და მძღოლს თავს დაესხნენ.", ["af7"], []),
                ("შინაგან საქმეთა სამინისტროს ინფორმაციით, პოლიციამ წვრილმანი ხულიგნობისა და პოლიციის კანონიერი მოთხოვნისადმი დაუმორჩილებლობისთვის 19 ადამიანი დააკავა.", ["af8"], [att("ინფორმაციით")]),
                ("ოპოზიცია ამტკიცებს, რომ დაკავებულთა რიცხვი 30-ს აღემატებოდა, მიკროავტობუსით კი ამომრჩევლებს ერთი უბნიდან მეორეზე დაატარებდნენ.", ["af8", "af7"], [doubt("ამტკიცებს")]),
            ],
            [
                ("მარნეულში ბიულეტენები პირველად მხოლოდ ქართულ ენაზე დაიბეჭდა, რამაც აზერბაიჯანულენოვანი მოსახლეობის ნაწილის უკმაყოფილება გამოიწვია.", ["af6"], []),
                ("ცესკოში განმარტავენ, რომ ყველა უბანზე ბიულეტენის აზერბაიჯანულ ენაზე თარგმნილი ნიმუში იყო გამოკრული, ამომრჩევლებს კი საუბნო კომისიების აზერბაიჯანულენოვანი წევრები ეხმარებოდნენ.", ["af6"], [att("განმარტავენ")]),
                ("ოპოზიცია იმასაც ამტკიცებს, რომ სოფლებში ამომრჩევლებს ხმის სანაცვლოდ 50 ლარს ან ფქვილისა და ზეთის ამანათებს სთავაზობდნენ.", ["af4"], [doubt("ამტკიცებს")]),
            ],
            [
                ("„საერთო სახლის“ ლიდერმა თორნიკე ლომიძემ არჩევნების შედეგს „მოპარული“ უწოდა და განაცხადა, რომ მას არ აღიარებს.", ["af12"], [att("უწოდა"), ("scare-quote", "distancing", "„მოპარული“"), att("განაცხადა")]),
                ("რუსთავის საქალაქო სასამართლომ პარასკევს არ დააკმაყოფილა ოპოზიციის სარჩელი, რომლითაც ის 12 უბანზე შედეგების გაუქმებას ითხოვდა.", ["af17"], []),
                ("ევროკავშირმა საქართველოს ხელისუფლებას მოუწოდა, ყველა საჩივარი სათანადოდ შეისწავლოს.", ["af16"], []),
                ("ბოლნისის სომხური თემის ლიდერმა ჰრაჩია მელქონიანმა კი მხარეებს მოუწოდა, არჩევნებს ეთნიკური ელფერი არ მისცენ.", ["af14"], []),
                ("მარნეული თბილისიდან დაახლოებით 30 კილომეტრში მდებარეობს და ქვემო ქართლის ერთ-ერთი უდიდესი ქალაქია.", [], []),
            ],
        ],
    },
    "az-borcali-sesi.txt": {
        "header": " date 2026-10-06 (Borçalı Səsi)",
        "paragraphs": [
            [("Marneulidə seçki: azərbaycanlı seçicilər bülleteni ana dilində ala bilmədi", ["af1", "af6"], [])],
            [
                ("Oktyabrın 4-də Gürcüstanın Marneuli bələdiyyəsində keçirilən növbədənkənar mer seçkisində bülletenlər ilk dəfə yalnız gürcü dilində çap olunub.", ["af1", "af6"], []),
                ("Əvvəlki seçkilərdə Borçalı azərbaycanlıları bülletenləri həm gürcü, həm də Azərbaycan dilində alırdılar.", ["af6"], []),
                ("Bələdiyyə əhalisinin 80 faizdən çoxunu azərbaycanlılar təşkil edir, yaşlı nəslin böyük hissəsi isə gürcü dilini zəif bilir.", ["af19", "af21"], []),
            ],
            [
                ("Mərkəzi Seçki Komissiyasının məlumatına görə, bütün bülletenlər sayıldıqdan sonra hakim “Gürcü Arzusu” partiyasının namizədi Levan Tsiklauri səslərin 51,4 faizini, müxalifətdəki “Ortaq Ev” koalisiyasının namizədi Aygün Məmmədli isə 42,7 faizini toplayıb.", ["af3"], [att("məlumatına görə")]),
                ("Komissiya seçici fəallığını 46 faiz kimi açıqlasa da, müxalifət bu göstəricinin 40 faizdən aşağı olduğunu bildirir.", ["af2"], [att("açıqlasa"), att("bildirir")]),
                ("Aygün Məmmədli nəticələri tanımadığını bəyan edib.", ["af12"], [att("bəyan edib")]),
            ],
            [
                ("Müxalifətin və müşahidəçilərin sözlərinə görə, azərbaycanlı kəndlərində müəllimlərə, uşaq bağçası işçilərinə və sosial yardım alan ailələrə hakim partiyanın namizədinə səs vermək və bülletenin şəklini çəkmək tapşırılıb.", ["af5"], [att("sözlərinə görə")]),
                ("Bəzi seçicilərə səs müqabilində 50 lari və ya un, yağ və şəkər bağlamaları təklif edildiyi bildirilir.", ["af4"], [att("bildirilir")]),
                ("Bazar günü günorta Sadaxlı kəndindəki seçki məntəqələrindən birinin qarşısında müxalifət tərəfdarları ilə seçiciləri mikroavtobusla məntəqədən-məntəqəyə daşıyan şəxslər arasında dava düşüb.", ["af7"], []),
                ("Müxalifətin sözlərinə görə, onun 30-dan çox tərəfdarı saxlanılıb.", ["af8"], [att("sözlərinə görə"), ("agency", "agentless", "saxlanılıb")]),
                ("Marneuli dairə seçki komissiyası bu gün yeddi məntəqədə səslərin yenidən sayılması barədə qərar verib, halbuki müxalifət 23 məntəqədə yenidən sayım tələb edirdi.", ["af9"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Bakı Gürcüstanda yaşayan soydaşlarımızın seçki hüquqlarının necə təmin olunduğunu diqqətlə izləyir.", ["af13"], [att("bildirib")]),
                ("Onun sözlərinə görə, azərbaycanəsilli Gürcüstan vətəndaşları sərbəst səs verə bilməli və bülleteni ana dilində oxuya bilməlidirlər.", ["af13"], [att("sözlərinə görə")]),
                ("Hacıyev eyni zamanda seçkinin Gürcüstanın daxili işi olduğunu və iki ölkə arasındakı strateji tərəfdaşlığa heç nəyin kölgə sala bilməyəcəyini vurğulayıb.", ["af13"], [att("vurğulayıb")]),
                ("Mərkəzi Seçki Komissiyası isə səsvermənin sakit şəraitdə keçdiyini, ayrı-ayrı insidentlərin nəticəyə təsir etmədiyini iddia edir.", ["af10"], [doubt("iddia edir")]),
                ("Şübhəsiz, Borçalı azərbaycanlılarının ana dilində səs vermək hüququ heç bir halda məhdudlaşdırılmamalıdır.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Xatırladaq ki, azərbaycanlılar Gürcüstanın ən böyük etnik azlığıdır.", [], []),
            ],
        ],
    },
    "ru-tiflisskiy-vestnik.txt": {
        "header": " date 2026-10-08 (Тифлисский вестник)",
        "paragraphs": [
            [("Выборы в Марнеули: оппозиция не признаёт победу кандидата «Грузинской мечты»", ["af12", "af3"], [])],
            [
                ("В грузинском Марнеули, где большинство жителей — этнические азербайджанцы, оппозиция отказывается признавать итоги досрочных выборов мэра, прошедших в воскресенье, 4 октября.", ["af12", "af19", "af1"], []),
                ("По данным ЦИК Грузии, кандидат правящей партии Леван Циклаури набрал 51,4% голосов и избежал второго тура.", ["af3"], [att("По данным")]),
                ("Представлявшая оппозиционную коалицию «Общий дом» Айгюн Мамедли получила 42,7%.", ["af3"], []),
                ("Явка, как сообщает комиссия, составила около 46%.", ["af2"], [att("как сообщает")]),
            ],
            [
                ("Лидер «Общего дома» Торнике Ломидзе назвал выборы «украденными», а во вторник вечером на центральной площади Марнеули прошёл митинг, на который, по оценкам полиции, пришли около тысячи человек.", ["af12"], [att("назвал"), ("scare-quote", "distancing", "«украденными»"), att("по оценкам")]),
                ("Оппозиция утверждает, что в азербайджанских сёлах избирателям раздавали по 50 лари и продуктовые наборы, а учителей и получателей социальной помощи принуждали голосовать за Циклаури.", ["af4", "af5"], [doubt("утверждает")]),
                ("Так называемые независимые наблюдатели из организации «Прозрачный бюллетень» насчитали 86 нарушений.", ["af11"], [("scare-quote", "marker", "Так называемые")]),
            ],
            [
                ("В воскресенье днём у одного из избирательных участков в Садахло, у самой границы с Арменией, произошла потасовка между сторонниками оппозиции и водителем микроавтобуса, которого они обвинили в том, что он возил одних и тех же избирателей с участка на участок.", ["af7"], [att("обвинили")]),
                ("Задержаны около 20 человек, большинство отпустили на следующий день, назначив им штрафы.", ["af8"], [("agency", "agentless", "Задержаны")]),
                ("Во вторник окружная избирательная комиссия распорядилась пересчитать голоса на семи участках.", ["af9"], []),
                ("В среду оппозиция подала иск в Руставский городской суд, требуя аннулировать результаты на 12 участках.", ["af17"], []),
            ],
            [
                ("Официальный представитель МИД России Мария Захарова на брифинге в среду заявила, что финансируемые Западом НКО вновь пытаются разыграть в Грузии «этническую карту» и раскачать обстановку в регионе.", ["af15"], [att("заявила"), ("scare-quote", "distancing", "«этническую карту»")]),
                ("В Брюсселе, напротив, призвали грузинские власти тщательно расследовать сообщения о подкупе избирателей.", ["af16"], []),
                ("Помощник президента Азербайджана Хикмет Гаджиев подчеркнул, что граждане Грузии азербайджанского происхождения должны иметь возможность голосовать свободно и на родном языке.", ["af13"], [att("подчеркнул")]),
                ("Бюллетени на этих выборах впервые печатались только на грузинском языке.", ["af6"], []),
                ("Напомним, что Грузия переживает политический кризис с парламентских выборов октября 2024 года, после которых правительство приостановило переговоры о вступлении в ЕС.", ["af20"], []),
            ],
        ],
    },
    "hy-hyusisayin-darpas.txt": {
        "header": " date 2026-10-07 (Հյուսիսային դարպաս)",
        "paragraphs": [
            [("Մառնեուլիում հայ ընտրողները նույնպես մայրենի լեզվով քվեաթերթիկ չեն ստացել", ["af14", "af6"], [])],
            [
                ("Բոլնիսիի հայ համայնքի խորհրդի նախագահ Հրաչյա Մելքոնյանի խոսքով՝ Մառնեուլիի համայնքի հայկական գյուղերում կիրակի օրը ընտրատեղամասեր եկած մարդիկ նույնպես որևէ հայերեն թարգմանություն չեն գտել։", ["af14"], [att("խոսքով")]),
                ("Հոկտեմբերի 4-ին Մառնեուլիում անցկացված քաղաքապետի արտահերթ ընտրություններում քվեաթերթիկներն առաջին անգամ տպագրվել էին միայն վրացերենով։", ["af1", "af6"], []),
                ("«Մենք Վրաստանի քաղաքացիներ ենք և պետք է հասկանանք, թե ում ենք ընտրում», — ասում է Մելքոնյանը՝ միաժամանակ կոչ անելով ընտրությունները չվերածել ազգամիջյան վեճի։", ["af14"], [att("ասում է")]),
                ("Կենտրոնական ընտրական հանձնաժողովից պատասխանում են, որ յուրաքանչյուր տեղամասում փակցված է եղել քվեաթերթիկի ադրբեջաներեն թարգմանված նմուշը։", ["af6"], [att("պատասխանում են")]),
            ],
            [
                ("ԿԸՀ տվյալներով՝ բոլոր քվեաթերթիկները հաշվելուց հետո իշխող «Վրացական երազանք» կուսակցության թեկնածու Լևան Ծիկլաուրին ստացել է ձայների 51,4 տոկոսը, իսկ ընդդիմադիր «Ընդհանուր տուն» կոալիցիայի թեկնածու Այգյուն Մամեդլին՝ 42,7 տոկոսը։", ["af3"], [att("տվյալներով")]),
                ("Ընտրողների մասնակցությունը կազմել է 46 տոկոս։", ["af2"], []),
                ("Ընդդիմությունն արդյունքները չի ճանաչում, և նրա առաջնորդ Թորնիկե Լոմիձեն երեքշաբթի երեկոյան Մառնեուլիում մի քանի հազար մարդու մասնակցությամբ հանրահավաք է անցկացրել։", ["af12"], []),
                ("Կիրակի կեսօրին Սադախլոյի ընտրատեղամասերից մեկի մոտ ծեծկռտուք է տեղի ունեցել, որից հետո ձերբակալվել է մոտ երկու տասնյակ մարդ։", ["af7", "af8"], [("agency", "agentless", "ձերբակալվել է")]),
                ("Մառնեուլիի ընտրատարածքային հանձնաժողովը երեքշաբթի որոշել է վերահաշվարկ անցկացնել յոթ տեղամասում։", ["af9"], []),
                ("ԿԸՀ-ն պնդում է, թե միջադեպերը չեն ազդել ընտրությունների արդյունքի վրա։", ["af10"], [doubt("պնդում է")]),
            ],
            [
                ("Բաքվում Ալիևի արտաքին քաղաքական հարցերով օգնական Հիքմեթ Հաջիևը հայտարարել է, որ ադրբեջանական ծագում ունեցող Վրաստանի քաղաքացիները պետք է կարողանան ազատ և մայրենի լեզվով քվեարկել։", ["af13"], [att("հայտարարել է")]),
                ("Մառնեուլիի համայնքի բնակչության ավելի քան 80 տոկոսը ադրբեջանցիներ են, հայերը՝ մոտ 8 տոկոսը, որոնց մեծ մասն ապրում է Շահումյան և հարևան գյուղերում։", ["af19"], []),
                ("Վրաստանի հայերի մեծ մասը, սակայն, բնակվում է Ջավախքում՝ Ախալքալաքում և Նինոծմինդայում։", [], []),
            ],
        ],
    },
    "it-lettera-da-tbilisi.txt": {
        "header": " date 2026-10-10 (Lettera da Tbilisi)",
        "paragraphs": [
            [("Georgia, il voto conteso di Marneuli finisce in tribunale", ["af17", "af1"], [])],
            [
                ("Un tribunale di Rustavi ha respinto venerdì il ricorso con cui la coalizione d'opposizione Casa Comune chiedeva di annullare il voto in 12 seggi di Marneuli, il comune della Georgia meridionale dove domenica scorsa si è votato per eleggere il sindaco.", ["af17", "af1"], []),
                ("Secondo la Commissione elettorale centrale, il candidato del partito di governo Sogno Georgiano, Levan Tsiklauri, ha ottenuto il 51,4% dei voti, appena sopra la soglia che evita il ballottaggio, contro il 42,7% della sfidante Aygun Mammadli.", ["af3"], [att("Secondo")]),
                ("L'affluenza ufficiale è stata del 46%, ma gli osservatori parlano di meno del 40%.", ["af2"], [att("parlano")]),
            ],
            [
                ("L'associazione georgiana Scheda Trasparente, che aveva 60 osservatori ai seggi, ha documentato 86 violazioni.", ["af11"], []),
                ("In diversi villaggi agli elettori sarebbero stati offerti 50 lari, circa 16 euro, o pacchi di farina, olio e zucchero in cambio del voto.", ["af4"], [("hedge", "hearsay", "sarebbero")]),
                ("Insegnanti, maestre d'asilo e beneficiari di sussidi sociali nei villaggi azeri raccontano di essere stati invitati a votare per Tsiklauri e a fotografare la scheda.", ["af5"], [att("raccontano")]),
                ("Per la prima volta, inoltre, le schede erano stampate soltanto in georgiano, una lingua che molti elettori della zona capiscono a fatica.", ["af6", "af21"], []),
            ],
            [
                ("Nel pomeriggio del voto, davanti a un seggio di Sadakhlo, vicino al confine armeno, i sostenitori dell'opposizione hanno bloccato un minibus accusato di portare gli stessi elettori da un seggio all'altro, e ne è nata una rissa.", ["af7"], [att("accusato")]),
                ("Una ventina di persone sono state fermate, più di trenta secondo l'opposizione.", ["af8"], [("agency", "agentless", "sono state fermate"), att("secondo")]),
                ("Martedì la commissione elettorale distrettuale ha disposto il riconteggio in sette seggi.", ["af9"], []),
                ("Il leader di Casa Comune, Tornike Lomidze, ha parlato di un risultato «rubato» e ha portato in piazza migliaia di persone.", ["af12"], [att("ha parlato"), ("scare-quote", "distancing", "«rubato»")]),
            ],
            [
                ("Bruxelles ha chiesto alle autorità georgiane un'indagine credibile sulle denunce di compravendita di voti e di pressioni sugli elettori.", ["af16"], []),
                ("Da Mosca, la portavoce del ministero degli Esteri Maria Zakharova ha accusato le ONG finanziate dall'Occidente di soffiare sul fuoco delle tensioni etniche.", ["af15"], [att("ha accusato")]),
                ("Marneuli è il cuore della regione che gli azeri chiamano Borçalı.", [], []),
                ("Dalle contestate elezioni politiche dell'ottobre 2024 la Georgia vive una crisi profonda e il processo di adesione all'Unione europea è di fatto congelato.", ["af20"], []),
            ],
        ],
    },
    "de-ost-kurier.txt": {
        "header": " date 2026-10-12 (Ost-Kurier)",
        "paragraphs": [
            [("Regierungspartei gewinnt umstrittene Bürgermeisterwahl in Marneuli knapp", ["af18", "af1"], [])],
            [
                ("Eine Woche nach der vorgezogenen Bürgermeisterwahl im südgeorgischen Marneuli hat die Zentrale Wahlkommission am Sonntag den Kandidaten der Regierungspartei Georgischer Traum, Lewan Ziklauri, zum Sieger erklärt.", ["af18", "af1"], []),
                ("Nach einer Neuauszählung in sieben Wahllokalen kommt er auf 50,6 Prozent und damit auf nur gut 400 Stimmen mehr, als er für einen Sieg im ersten Wahlgang brauchte.", ["af18", "af9"], []),
                ("Am Wahlabend hatte die Kommission noch 51,4 Prozent für ihn gemeldet.", ["af3"], []),
                ("Seine Herausforderin Aygün Mammadli vom Oppositionsbündnis Gemeinsames Haus erhielt 43,1 Prozent.", ["af18"], []),
            ],
            [
                ("In Marneuli sind mehr als vier Fünftel der Bewohner ethnische Aserbaidschaner, und viele von ihnen, vor allem die Älteren, sprechen kaum Georgisch.", ["af19", "af21"], []),
                ("Umso mehr Unmut erregte, dass die Stimmzettel diesmal nur auf Georgisch gedruckt waren.", ["af6"], []),
                ("In aserbaidschanischen Dörfern sollen Lehrerinnen und Sozialhilfeempfänger angewiesen worden sein, für Ziklauri zu stimmen, und Wähler 50 Lari oder Lebensmittelpakete erhalten haben.", ["af5", "af4"], [("hedge", "hearsay", "sollen")]),
                ("Die Beteiligung lag nach offiziellen Angaben bei knapp 46 Prozent, Wahlbeobachter sprechen von weniger als 40 Prozent.", ["af2"], [att("nach offiziellen Angaben"), att("sprechen")]),
            ],
            [
                ("Am Wahltag war es vor einem Wahllokal in Sadachlo, unweit der armenischen Grenze, zu einer Schlägerei zwischen Oppositionsanhängern und den Insassen eines Kleinbusses gekommen.", ["af7"], []),
                ("Die Polizei nahm 19 Menschen fest.", ["af8"], []),
                ("Oppositionsführer Tornike Lomidse spricht von gestohlenen Wahlen, ein Gericht in Rustawi wies am Freitag die Klage seines Bündnisses gegen die Ergebnisse in zwölf Wahllokalen ab.", ["af12", "af17"], [att("spricht")]),
            ],
            [
                ("In Baku forderte Hikmet Hadschijew, außenpolitischer Berater von Präsident Ilham Alijew, georgische Staatsbürger aserbaidschanischer Herkunft müssten frei und in ihrer Muttersprache wählen können.", ["af13"], []),
                ("Der Vorsitzende einer armenischen Gemeindeorganisation im benachbarten Bolnissi, Hratschja Melkonjan, beklagte, auch in den armenischen Dörfern der Gemeinde habe es keine Übersetzung gegeben.", ["af14"], [att("beklagte")]),
                ("Die EU rief Tiflis auf, den Vorwürfen glaubwürdig nachzugehen.", ["af16"], []),
                ("Georgien steckt seit der umstrittenen Parlamentswahl vom Oktober 2024 in einer tiefen politischen Krise, die Regierung hat die EU-Beitrittsgespräche auf Eis gelegt.", ["af20"], []),
                ("Der Georgische Traum regiert das Land seit 2012.", [], []),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (ag): unlike all the others, real events. In September 2023 Azerbaijan's one-day offensive
# in Karabakh (19 September, "local anti-terror measures" in Baku's words, after six Azerbaijanis
# were killed by mines), the ceasefire of 20 September through the Russian peacekeepers, the
# casualty figures each side gave, the peacekeepers killed and Aliyev's apology to Putin, the talks
# in Yevlakh on 21 September, the departure of the Karabakh Armenians through the Lachin corridor
# and the Hakari bridge to Goris from 24 September (more than 100,000 by 30 September by Yerevan's
# count), the fuel depot explosion near Stepanakert (Khankendi) on 25 September, the detention of
# Ruben Vardanyan on 27 September, Samvel Shahramanyan's decree of 28 September dissolving the
# unrecognised republic by 1 January 2024, the statements of Yerevan, Baku, Moscow, Washington
# (Samantha Power), the EU, Erdogan's visit to Nakhchivan and the UN mission announced by Baku, as
# seven fictional outlets would report them about a week later. Facts, dates, numbers and names
# are real (figures as the sources gave them at the time, which differed); every sentence is
# original, none taken or paraphrased from a real outlet. Written without looking at the concept
# lexicon, the cue lexicons, the aligner or the shipped samples. Do not rewrite these sentences to
# suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AG = {
    "ag1": "On Tuesday 19 September 2023 Azerbaijan launched a military offensive in Karabakh (artillery and drones), which Baku called 'local anti-terror(ist) measures' (az, tr: against illegal Armenian armed formations, stated plainly; en, ru, hy, fr, de: the term attributed and in quotes; hy: an aggression against Artsakh)",
    "ag2": "Baku's stated reason: earlier on 19 September four police officers and two civilian road workers were killed by mines on the road to Shusha (Ahmadbeyli–Fuzuli–Shusha road) (en: blamed by Baku on 'illegal Armenian armed formations'; ru: six Azerbaijanis; de: named by the government as the reason)",
    "ag3": "The ceasefire of Wednesday 20 September (az: at 13:00) brokered through the Russian peacekeeping command, under which the Karabakh Armenian forces agreed to lay down their arms and disband (tr: after about 24 hours of fighting the armed groups surrendered; hy: the authorities were forced to agree to disarm the Defence Army)",
    "ag4": "Azerbaijan's losses by Baku's count: 192 servicemen killed and 511 wounded (de: only the 192 dead)",
    "ag5": "The Karabakh Armenian side's losses by its ombudsman Gegham Stepanyan: about 200 killed (hy: at least 200; fr: more than 200), including ten civilians (en, hy: five of them children; hy: more than 400 wounded)",
    "ag6": "Russian peacekeepers were killed on 20 September (ru: when their car was fired on; ru, en: five; de: several), and Ilham Aliyev apologised to Vladimir Putin by telephone (de)",
    "ag7": "On Thursday 21 September representatives of the Karabakh Armenians met Azerbaijani officials in Yevlakh (az: a delegation led by MP Ramin Mammadov; ru: with the Russian peacekeepers present) on reintegration (ru: 'so-called', in quotes; az, tr: stated plainly); no agreement (ru: hearsay; fr: no concrete result), while Baku called the meeting constructive and promised more (az) / said integration was discussed (tr)",
    "ag8": "From Sunday 24 September the Karabakh Armenians left for Armenia through the Lachin corridor and the Azerbaijani checkpoint at the Hakari bridge, towards Goris (en, fr, de: fled; hy: forcibly displaced through the 'illegal' checkpoint; az: part of the residents leaving voluntarily; ru, tr: left, crossed); the headlines naming the departure",
    "ag9": "The count: more than 100,000 people had arrived in Armenia by Saturday 30 September by the Armenian government's figures (hy: 100,417, by Pashinyan's spokeswoman Nazeli Baghdasaryan; tr: by Armenian sources), out of about 120,000 Armenians who had lived in the region",
    "ag10": "The journey out: on the single road to Goris a trip that usually takes about two hours lasted more than a day (hy, fr: 30 hours and more; en: cars running out of fuel; hy: without water or food; fr: families sleeping in their cars before the Azerbaijani checkpoint; de: Azerbaijani border guards checking every vehicle at the Hakari bridge)",
    "ag11": "On the evening of Monday 25 September a fuel depot near Stepanakert (Khankendi), on the road to Askeran, exploded while people queued for petrol to leave (ru, de: the cause not established; de: the queue in a hearsay 'sollen'; az, tr: Azerbaijan sent medicines and medical supplies for the injured)",
    "ag12": "The explosion's toll: 170 dead by Thursday 28 September by the Karabakh authorities (de: at least 170; tr: the earlier figure, at least 68 dead and 105 missing), nearly 300 (hundreds) injured, many with burns (hy: many taken to hospitals in Yerevan, some by helicopter)",
    "ag13": "On Wednesday 27 September Azerbaijani border guards (the State Border Service) detained Ruben Vardanyan, the region's former state minister (en, de: a billionaire), at the Lachin / Hakari bridge checkpoint as he tried to leave for Armenia (hy: 'abducted'; az, tr: the former 'state minister' of the separatist / so-called regime, in quotes)",
    "ag14": "A court in Baku ordered Vardanyan held for four months on charges including financing terrorism (en, ru, az, tr: and crossing the border illegally)",
    "ag15": "On Thursday 28 September Samvel Shahramanyan, the leader of the self-proclaimed republic (az, tr: of the separatist regime), signed a decree dissolving all its state institutions by 1 January 2024, the republic ceasing to exist; the headlines naming the dissolution",
    "ag16": "Nikol Pashinyan called what was happening ethnic cleansing and said that within days no Armenians would be left in Karabakh (az: dismissed as groundless 'claims'; tr: doubted with 'iddia etti')",
    "ag17": "Baku's answer: the Armenians are leaving voluntarily, by their own individual decision, and no one forces them (Hikmet Hajiyev; en, fr: those who stay will have the rights of Azerbaijani citizens; ru, hy, fr: doubted)",
    "ag18": "Moscow rejected Yerevan's criticism of Russia and its peacekeepers (ru, hy: recalling that Pashinyan recognised Karabakh as part of Azerbaijan in Prague in 2022; de: an attempt to shift the blame for its own failure onto Moscow)",
    "ag19": "Samantha Power, head of USAID, visited the border (Kornidzor) on Tuesday 26 September, pledged $11.5 million in humanitarian aid and called for independent monitors to be let into the region (hy: only the visit and the aid)",
    "ag20": "The EU called on Baku to guarantee the rights and security of the Karabakh Armenians (fr, de) and promised additional humanitarian aid (fr, hy)",
    "ag21": "Baku (Hikmet Hajiyev) said a UN mission would visit Karabakh in the coming days (fr: this weekend), the first in about 30 years (en, fr)",
    "ag22": "On Monday 25 September Turkish President Recep Tayyip Erdogan visited Nakhchivan and met Ilham Aliyev (tr: and welcomed Azerbaijan's restored sovereignty)",
}

ARTICLES_AG = {
    "en-compass-rose-wire.txt": {
        "header": " date 2023-09-30 (Compass Rose Wire)",
        "paragraphs": [
            [("Nagorno-Karabakh's separatist government to dissolve as more than 100,000 flee", ["ag15", "ag8", "ag9"], [mv("forced", "flee"), ("polity-label", "separatist", "separatist government")])],
            [
                ("More than 100,000 people, out of an estimated 120,000 ethnic Armenians who lived in Nagorno-Karabakh, have crossed into Armenia since last Sunday, the Armenian government said on Saturday.", ["ag8", "ag9"], [att("said"), mv("departure", "crossed into Armenia")]),
                ("The exodus began on 24 September, and cars, trucks and tractors have since streamed along the Lachin corridor, the only road to Armenia, towards the border town of Goris.", ["ag8"], [mv("exodus", "exodus")]),
                ("Drivers described journeys of more than 24 hours on a mountain road that normally takes about two hours, with many cars running out of fuel.", ["ag10"], [att("described")]),
            ],
            [
                ("Azerbaijan launched what it called “local anti-terrorist measures” on 19 September, pounding Karabakh Armenian positions with artillery and drones, after four police officers and two road workers were killed by mines on the road to Shusha.", ["ag1", "ag2"], [att("called"), ("scare-quote", "distancing", "“local anti-terrorist measures”"), ("agency", "agentless", "were killed"), ("loaded", "az-frame", "local anti-terrorist measures")]),
                ("Baku blamed the mines on what it calls illegal Armenian armed formations.", ["ag2"], [att("blamed"), att("calls"), label("illegal Armenian armed formations")]),
                ("The fighting stopped the next day, when the Karabakh Armenian leadership accepted a ceasefire brokered by Russian peacekeepers that required its forces to disarm and disband.", ["ag3"], [("loaded", "neutral", "fighting"), ("loaded", "neutral", "ceasefire"), ("armed-label", "neutral", "its forces")]),
                ("Azerbaijan says 192 of its soldiers were killed and 511 wounded.", ["ag4"], [att("says"), ("agency", "agentless", "were killed"), ("agency", "agentless", "wounded")]),
                ("Gegham Stepanyan, the Karabakh Armenians' human rights ombudsman, put the number of dead on their side at about 200, including ten civilians, five of them children.", ["ag5"], [att("put the number")]),
                ("Azerbaijan and Armenia have fought two wars over the region, in the early 1990s and in 2020.", [], []),
            ],
            [
                ("On the evening of 25 September a fuel depot on the road from Stepanakert, which Azerbaijan calls Khankendi, to Askeran exploded as hundreds of people queued for petrol for the journey out.", ["ag11"], [mv("departure", "journey out")]),
                ("Local authorities said on Thursday that 170 bodies had been recovered and that nearly 300 people had been treated for injuries, mostly burns.", ["ag12"], [att("said")]),
            ],
            [
                ("On 27 September Azerbaijan's border service detained Ruben Vardanyan, a billionaire who was the region's state minister until February, as he tried to leave through the checkpoint at the Hakari bridge.", ["ag13"], [mv("departure", "leave")]),
                ("A court in Baku ordered him held for four months on charges that include financing terrorism and crossing the border illegally.", ["ag14"], [("loaded", "az-frame", "financing terrorism")]),
                ("On Thursday the region's leader, Samvel Shahramanyan, signed a decree dissolving all its state institutions by 1 January, declaring that the self-proclaimed republic would cease to exist.", ["ag15"], [("polity-label", "unrecognised", "self-proclaimed republic")]),
            ],
            [
                ("Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of ethnic cleansing, saying that within days no Armenians would be left in the region.", ["ag16"], [att("accused"), ("loaded", "hy-frame", "ethnic cleansing"), att("saying")]),
                ("Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, rejected the charge, saying that residents were leaving by their own choice and that those who stayed would enjoy the rights of Azerbaijani citizens.", ["ag17"], [att("rejected"), att("saying"), mv("departure", "leaving"), mv("voluntary", "by their own choice")]),
                ("Moscow, whose peacekeepers lost five men on 20 September, has dismissed Yerevan's criticism of their role.", ["ag6", "ag18"], [att("dismissed")]),
                ("Samantha Power, head of the US aid agency USAID, visited the border crossing at Kornidzor on Tuesday, pledged $11.5 million in humanitarian aid and called for independent monitors to be let into the region.", ["ag19"], []),
                ("Baku said a United Nations team would visit Karabakh in the coming days, the first such mission in some 30 years.", ["ag21"], [att("said")]),
            ],
        ],
    },
    "ru-moskovskii-polden.txt": {
        "header": " date 2023-09-30 (Московский полдень)",
        "paragraphs": [
            [("Карабах пустеет: более 100 тысяч человек покинули регион за неделю", ["ag8", "ag9"], [mv("departure", "покинули")])],
            [
                ("По данным правительства Армении, с 24 сентября из Нагорного Карабаха в Армению перебрались более 100 тысяч человек — почти всё армянское население региона, которое оценивалось примерно в 120 тысяч.", ["ag8", "ag9"], [att("По данным"), mv("departure", "перебрались")]),
                ("Власти Азербайджана 19 сентября начали в Карабахе, как они это назвали, «антитеррористические мероприятия локального характера», объяснив их гибелью шести азербайджанцев, подорвавшихся на минах.", ["ag1", "ag2"], [att("назвали"), ("scare-quote", "distancing", "«антитеррористические мероприятия локального характера»"), att("объяснив"), ("loaded", "az-frame", "антитеррористические мероприятия локального характера")]),
                ("Уже 20 сентября при посредничестве командования российского миротворческого контингента было заключено соглашение о прекращении огня, по которому армянские формирования Карабаха обязались сложить оружие и самораспуститься.", ["ag3"], [("loaded", "neutral", "прекращении огня"), ("armed-label", "neutral", "армянские формирования")]),
                ("В тот же день был обстрелян автомобиль российских миротворцев, погибли пятеро военнослужащих.", ["ag6"], [("agency", "agentless", "был обстрелян")]),
                ("По данным Минобороны России, в первые дни миротворцы эвакуировали из опасных районов более пяти тысяч мирных жителей.", [], [att("По данным"), mv("evacuation", "эвакуировали")]),
            ],
            [
                ("По официальным данным Баку, азербайджанская армия потеряла 192 военнослужащих убитыми, ещё 511 ранены.", ["ag4"], [att("По официальным данным"), ("agency", "agentless", "ранены")]),
                ("Омбудсмен непризнанной республики Гегам Степанян сообщил о примерно 200 погибших с армянской стороны, в том числе о десяти мирных жителях.", ["ag5"], [att("сообщил"), ("polity-label", "unrecognised", "непризнанной")]),
                ("21 сентября в азербайджанском Евлахе представители карабахских армян встретились с официальными лицами Баку в присутствии российских миротворцев.", ["ag7"], []),
                ("Обсуждалась так называемая «реинтеграция» армянского населения, однако договорённостей, как сообщается, достичь не удалось.", ["ag7"], [("scare-quote", "marker", "так называемая"), ("scare-quote", "distancing", "«реинтеграция»"), ("hedge", "hearsay", "как сообщается"), ("loaded", "az-frame", "реинтеграция")]),
            ],
            [
                ("Вечером 25 сентября под Степанакертом, который в Баку называют Ханкенди, взорвался склад горючего, возле которого в очереди за бензином стояли сотни людей, собиравшихся уезжать.", ["ag11"], [mv("departure", "уезжать")]),
                ("В четверг власти Карабаха сообщили о 170 погибших, причины взрыва до сих пор не установлены.", ["ag12", "ag11"], [att("сообщили")]),
            ],
            [
                ("27 сентября на пропускном пункте у моста Хакари азербайджанские пограничники задержали бывшего госминистра НКР Рубена Варданяна, пытавшегося выехать в Армению.", ["ag13"], [mv("departure", "выехать"), ("polity-label", "legitimising", "госминистра НКР")]),
                ("Бакинский суд арестовал бизнесмена на четыре месяца, ему вменяют финансирование терроризма и незаконное пересечение границы.", ["ag14"], [att("вменяют"), ("loaded", "az-frame", "финансирование терроризма")]),
                ("28 сентября глава непризнанной НКР Самвел Шахраманян подписал указ о роспуске всех государственных учреждений республики к 1 января 2024 года.", ["ag15"], [("polity-label", "unrecognised", "непризнанной")]),
            ],
            [
                ("В МИД России назвали попытки Еревана переложить ответственность на Москву неприемлемыми и напомнили, что Пашинян сам признал Карабах частью Азербайджана в Праге в октябре 2022 года.", ["ag18"], [att("назвали"), att("напомнили")]),
                ("Помощник Алиева Хикмет Гаджиев отвергает обвинения в этнической чистке и утверждает, что люди уезжают добровольно.", ["ag17"], [att("отвергает"), ("loaded", "hy-frame", "этнической чистке"), doubt("утверждает"), mv("departure", "уезжают"), mv("voluntary", "добровольно")]),
                ("25 сентября Алиев принял в Нахичевани президента Турции Реджепа Тайипа Эрдогана.", ["ag22"], []),
                ("По словам Гаджиева, в ближайшие дни в Карабах прибудет миссия ООН.", ["ag21"], [att("По словам")]),
            ],
        ],
    },
    "hy-aragil.txt": {
        "header": " date 2023-10-01 (Արագիլ)",
        "paragraphs": [
            [("Արցախից բռնի տեղահանվածների թիվն անցել է 100 հազարը", ["ag8", "ag9"], [mv("forced", "բռնի տեղահանվածների")])],
            [
                ("Վարչապետի մամուլի քարտուղար Նազելի Բաղդասարյանի խոսքով՝ շաբաթ առավոտյան Արցախից Հայաստան էր տեղահանվել 100 417 մարդ՝ մոտ 120 հազարանոց բնակչության ճնշող մեծամասնությունը։", ["ag8", "ag9"], [att("խոսքով"), mv("displaced", "տեղահանվել")]),
                ("Սեպտեմբերի 24-ից Հակարիի կամրջի մոտ Ադրբեջանի տեղադրած ապօրինի անցակետով հազարավոր ընտանիքներ ստիպված եղան լքել իրենց հայրենի տները։", ["ag8"], [("loaded", "hy-frame", "ապօրինի"), mv("forced", "ստիպված եղան լքել")]),
                ("Ստեփանակերտից Կոռնիձոր սովորաբար երկու ժամ տևող ճանապարհը մարդիկ անցնում էին 30 և ավելի ժամում՝ առանց ջրի ու սննդի։", ["ag10"], []),
                ("Գորիսում տեղահանվածներին գրանցում և ժամանակավոր կացարաններ են տրամադրում կառավարության ու կամավորների կազմակերպած կետերում։", [], [mv("displaced", "տեղահանվածներին")]),
            ],
            [
                ("Սեպտեմբերի 19-ին Ադրբեջանը լայնածավալ ռազմական ագրեսիա սկսեց Արցախի դեմ՝ հրետանու և անօդաչու սարքերի հարվածների ենթարկելով նաև Ստեփանակերտը։", ["ag1"], [("loaded", "hy-frame", "ագրեսիա")]),
                ("Բաքուն դա անվանեց «տեղային բնույթի հակաահաբեկչական միջոցառումներ»։", ["ag1"], [att("անվանեց"), ("scare-quote", "distancing", "«տեղային բնույթի հակաահաբեկչական միջոցառումներ»"), ("loaded", "az-frame", "տեղային բնույթի հակաահաբեկչական միջոցառումներ")]),
                ("Մեկ օր անց՝ սեպտեմբերի 20-ին, ռուս խաղաղապահների միջնորդությամբ հրադադար հաստատվեց, և Արցախի իշխանությունները ստիպված համաձայնեցին զինաթափել Պաշտպանության բանակը։", ["ag3"], [("loaded", "neutral", "հրադադար"), ("polity-label", "legitimising", "Արցախի իշխանությունները"), ("armed-label", "legitimising", "Պաշտպանության բանակը")]),
                ("Արցախի մարդու իրավունքների պաշտպան Գեղամ Ստեփանյանի տվյալներով՝ զոհվել է առնվազն 200 մարդ, այդ թվում 10 խաղաղ բնակիչ, որոնցից հինգը՝ երեխաներ, իսկ վիրավորվել է ավելի քան 400-ը։", ["ag5"], [att("տվյալներով"), ("agency", "agentless", "վիրավորվել"), ("polity-label", "legitimising", "Արցախի մարդու իրավունքների պաշտպան")]),
            ],
            [
                ("Սեպտեմբերի 25-ի երեկոյան Ստեփանակերտի մոտ՝ Ասկերանի խճուղու վրա, պայթեց վառելիքի պահեստը, որի մոտ հերթ էին կանգնել Արցախից հեռանալու համար բենզին ձեռք բերել փորձող մարդիկ։", ["ag11"], [mv("departure", "հեռանալու")]),
                ("Արցախի իշխանությունների վերջին տվյալներով՝ զոհվածների թիվը հասել է 170-ի, իսկ վիրավորներից շատերը տեղափոխվել են Երևանի հիվանդանոցներ, մի մասը՝ ուղղաթիռներով։", ["ag12"], [att("տվյալներով"), ("polity-label", "legitimising", "Արցախի իշխանությունների")]),
                ("Ինը ամիս տևած շրջափակումից հետո Ստեփանակերտում վառելիքն արդեն սպառվել էր։", [], [("loaded", "hy-frame", "շրջափակումից")]),
            ],
            [
                ("Սեպտեմբերի 27-ին ադրբեջանական սահմանապահները Հակարիի կամրջի անցակետում առևանգեցին Արցախի նախկին պետական նախարար Ռուբեն Վարդանյանին, որը տեղահանվածների հետ փորձում էր Հայաստան անցնել։", ["ag13"], [("loaded", "hy-frame", "առևանգեցին"), mv("displaced", "տեղահանվածների"), ("polity-label", "legitimising", "Արցախի նախկին պետական նախարար"), mv("departure", "Հայաստան անցնել")]),
                ("Սեպտեմբերի 28-ին Արցախի Հանրապետության նախագահ Սամվել Շահրամանյանը հրամանագիր ստորագրեց, որով մինչև 2024 թվականի հունվարի 1-ը լուծարվում են հանրապետության բոլոր պետական հաստատություններն ու կազմակերպությունները։", ["ag15"], [("polity-label", "legitimising", "Արցախի Հանրապետության նախագահ")]),
            ],
            [
                ("Վարչապետ Նիկոլ Փաշինյանը հայտարարել է, որ մի քանի օրից Արցախում հայ չի մնա, և կատարվածը որակել է որպես էթնիկ զտում։", ["ag16"], [att("հայտարարել է"), att("որակել է"), ("loaded", "hy-frame", "էթնիկ զտում")]),
                ("Բաքուն, սակայն, պնդում է, թե հայերը հեռանում են կամովին։", ["ag17"], [doubt("պնդում է"), mv("voluntary", "կամովին"), mv("departure", "հեռանում են")]),
                ("Մոսկվան էլ Երևանի քննադատությանն արձագանքել է՝ հիշեցնելով, որ Փաշինյանը 2022 թվականին Պրահայում Ղարաբաղը ճանաչել է Ադրբեջանի մաս։", ["ag18"], [att("հիշեցնելով")]),
                ("ԱՄՆ միջազգային զարգացման գործակալության ղեկավար Սամանթա Փաուերը Կոռնիձորում հանդիպել է տեղահանվածների հետ և 11,5 միլիոն դոլարի մարդասիրական օգնություն հայտարարել։", ["ag19"], [mv("displaced", "տեղահանվածների")]),
                ("Եվրամիությունը նույնպես լրացուցիչ մարդասիրական օգնություն է խոստացել։", ["ag20"], []),
            ],
        ],
    },
    "az-qarabag-seheri.txt": {
        "header": " date 2023-09-30 (Qarabağ səhəri)",
        "paragraphs": [
            [("Xankəndidəki separatçı rejim özünü ləğv edir", ["ag15"], [("polity-label", "delegitimising", "separatçı rejim")])],
            [
                ("Xankəndidəki separatçı rejimin rəhbəri Samvel Şahramanyan sentyabrın 28-də bütün “dövlət” qurumlarının 2024-cü il yanvarın 1-dək ləğv edilməsi haqqında sənəd imzalayıb.", ["ag15"], [("scare-quote", "distancing", "“dövlət”"), ("polity-label", "delegitimising", "separatçı rejimin")]),
                ("Sənəddə sözdə “Dağlıq Qarabağ Respublikası”nın həmin tarixdən mövcudluğuna son qoyulduğu bildirilir.", ["ag15"], [("scare-quote", "marker", "sözdə"), ("scare-quote", "distancing", "“Dağlıq Qarabağ Respublikası”"), att("bildirilir"), ("polity-label", "delegitimising", "sözdə “Dağlıq Qarabağ Respublikası”")]),
            ],
            [
                ("Xatırladaq ki, sentyabrın 19-da Azərbaycan Ordusu bölgədə konstitusiya quruluşunu bərpa etmək və qanunsuz erməni silahlı birləşmələrini tərksilah etmək məqsədilə lokal xarakterli antiterror tədbirlərinə başlayıb.", ["ag1"], [label("qanunsuz erməni silahlı birləşmələrini"), ("loaded", "az-frame", "lokal xarakterli antiterror")]),
                ("Həmin gün Əhmədbəyli–Füzuli–Şuşa avtomobil yolunda baş verən mina partlayışlarında dörd polis əməkdaşı və yol tikintisində çalışan iki mülki şəxs şəhid olmuşdu.", ["ag2"], [("loaded", "az-frame", "şəhid")]),
                ("Sentyabrın 20-də saat 13:00-da Rusiya sülhməramlı kontingentinin komandanlığının vasitəçiliyi ilə razılıq əldə olunub, erməni silahlı birləşmələri silahlarını təhvil verməyə və buraxılmağa razılaşıb.", ["ag3"], [("armed-label", "neutral", "erməni silahlı birləşmələri")]),
                ("Rəsmi məlumata görə, antiterror tədbirləri zamanı 192 hərbi qulluqçumuz şəhid olub, 511 nəfər yaralanıb.", ["ag4"], [att("məlumata görə"), ("agency", "agentless", "yaralanıb"), ("loaded", "az-frame", "antiterror"), ("loaded", "az-frame", "şəhid")]),
            ],
            [
                ("Sentyabrın 21-də Yevlaxda Milli Məclisin deputatı Ramin Məmmədovun rəhbərlik etdiyi nümayəndə heyəti Qarabağın erməni sakinlərinin nümayəndələri ilə reinteqrasiya məsələlərini müzakirə edib.", ["ag7"], [("loaded", "az-frame", "erməni sakinlərinin"), ("loaded", "az-frame", "reinteqrasiya")]),
                ("Prezident Administrasiyası görüşün konstruktiv şəraitdə keçdiyini və görüşlərin davam etdiriləcəyini açıqlayıb.", ["ag7"], [att("açıqlayıb")]),
            ],
            [
                ("Sentyabrın 24-dən erməni sakinlərin bir qismi Laçın yolu ilə bölgəni könüllü olaraq tərk edir.", ["ag8"], [("loaded", "az-frame", "erməni sakinlərin"), mv("voluntary", "könüllü olaraq"), mv("departure", "tərk edir")]),
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, getmək sakinlərin fərdi qərarıdır və Azərbaycan heç kimi bölgəni tərk etməyə məcbur etmir.", ["ag17"], [att("bildirib"), mv("departure", "getmək"), mv("voluntary", "fərdi qərarıdır")]),
                ("Ermənistanın baş naziri Nikol Paşinyanın “etnik təmizləmə” barədə iddiaları isə tamamilə əsassızdır.", ["ag16"], [("scare-quote", "distancing", "“etnik təmizləmə”"), ("loaded", "hy-frame", "etnik təmizləmə"), doubt("iddiaları"), ("booster", "booster", "tamamilə"), doubt("əsassızdır")]),
            ],
            [
                ("Sentyabrın 25-də axşam Xankəndi yaxınlığındakı yanacaq anbarında güclü partlayış baş verib.", ["ag11"], []),
                ("Azərbaycan tərəfi yaralılar üçün Xankəndiyə dərman və tibbi ləvazimat göndərib.", ["ag11"], []),
                ("Sentyabrın 27-də Dövlət Sərhəd Xidməti Laçın sərhəd-buraxılış məntəqəsində separatçı rejimin keçmiş “dövlət naziri” Ruben Vardanyanı saxlayıb.", ["ag13"], [("scare-quote", "distancing", "“dövlət naziri”"), ("polity-label", "delegitimising", "separatçı rejimin")]),
                ("O, Bakıya gətirilib və məhkəmə onun barəsində dörd ay müddətinə həbs qətimkan tədbiri seçib.", ["ag14"], []),
                ("Vardanyan terrorçuluğun maliyyələşdirilməsi və dövlət sərhədini qanunsuz keçmə də daxil olmaqla bir neçə maddə ilə ittiham olunur.", ["ag14"], [att("ittiham olunur"), ("loaded", "az-frame", "terrorçuluğun")]),
            ],
            [
                ("Sentyabrın 25-də Prezident İlham Əliyev Naxçıvanda Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanı qarşılayıb.", ["ag22"], []),
                ("Hikmət Hacıyevin sözlərinə görə, yaxın günlərdə BMT-nin missiyası Qarabağa səfər edəcək.", ["ag21"], [att("sözlərinə görə")]),
                ("Şübhəsiz, Qarabağ iqtisadi rayonunda bərpa işləri Böyük Qayıdış proqramı çərçivəsində daha da sürətlənəcək.", [], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "Qarabağ iqtisadi rayonunda"), ("loaded", "az-frame", "Böyük Qayıdış")]),
            ],
        ],
    },
    "tr-turan-postasi.txt": {
        "header": " date 2023-09-30 (Turan Postası)",
        "paragraphs": [
            [("Karabağ'da sözde rejim tarihe karışıyor", ["ag15"], [("scare-quote", "marker", "sözde"), ("polity-label", "delegitimising", "sözde rejim")])],
            [
                ("Karabağ'daki Ermeni ayrılıkçıların lideri Samvel Şahramanyan, 28 Eylül'de imzaladığı kararnameyle tüm kurumların 1 Ocak 2024'e kadar feshedileceğini duyurdu.", ["ag15"], [att("duyurdu"), ("polity-label", "separatist", "Ermeni ayrılıkçıların lideri")]),
                ("Ermeni kaynaklarına göre 24 Eylül'den bu yana 100 binden fazla kişi Laçin koridoru üzerinden Ermenistan'a geçti.", ["ag8", "ag9"], [att("kaynaklarına göre"), mv("departure", "Ermenistan'a geçti")]),
                ("Bölgedeki Ermeni nüfusunun yaklaşık 120 bin olduğu tahmin ediliyordu.", ["ag9"], []),
            ],
            [
                ("Azerbaycan, 19 Eylül'de bölgede yasa dışı Ermeni silahlı gruplarına karşı yerel nitelikli terörle mücadele tedbirleri başlatmıştı.", ["ag1"], [label("yasa dışı Ermeni silahlı gruplarına"), ("loaded", "az-frame", "terörle mücadele")]),
                ("Operasyon, aynı gün Şuşa yolunda meydana gelen mayın patlamalarında dört polis ile iki sivil yol işçisinin şehit olmasının ardından başladı.", ["ag2"], [("loaded", "az-frame", "şehit"), ("loaded", "neutral", "Operasyon")]),
                ("Yaklaşık 24 saat süren çatışmaların ardından 20 Eylül'de Rus barış gücünün arabuluculuğuyla ateşkes sağlandı ve silahlı gruplar teslim olmayı kabul etti.", ["ag3"], [("loaded", "neutral", "çatışmaların"), ("loaded", "neutral", "ateşkes"), ("armed-label", "neutral", "silahlı gruplar")]),
                ("Bakü'nün açıkladığı verilere göre operasyonda 192 asker şehit oldu, 511 asker yaralandı.", ["ag4"], [att("verilere göre"), ("agency", "agentless", "yaralandı"), ("loaded", "az-frame", "şehit"), ("loaded", "neutral", "operasyonda")]),
            ],
            [
                ("21 Eylül'de Yevlah'ta Azerbaycan heyeti ile Karabağ Ermenilerinin temsilcileri arasında ilk görüşme yapıldı.", ["ag7"], []),
                ("Bakü, görüşmede Ermeni sakinlerin Azerbaycan toplumuna entegrasyonunun ele alındığını bildirdi.", ["ag7"], [att("bildirdi"), ("loaded", "az-frame", "entegrasyonunun"), ("loaded", "az-frame", "Ermeni sakinlerin")]),
                ("Cumhurbaşkanı Recep Tayyip Erdoğan da 25 Eylül'de Nahçıvan'da İlham Aliyev ile bir araya gelerek Azerbaycan'ın kendi topraklarında egemenliğini yeniden tesis etmesinden duyduğu memnuniyeti dile getirdi.", ["ag22"], []),
            ],
            [
                ("Hankendi yakınlarındaki bir akaryakıt deposunda 25 Eylül akşamı meydana gelen patlamada en az 68 kişi hayatını kaybetti, 105 kişiden ise haber alınamıyor.", ["ag11", "ag12"], []),
                ("Azerbaycan, yaralılar için bölgeye ilaç ve tıbbi malzeme gönderdi.", ["ag11"], []),
                ("Sözde rejimin eski “devlet bakanı” Ruben Vardanyan, 27 Eylül'de Laçin sınır kapısında Azerbaycan Devlet Sınır Servisi tarafından gözaltına alındı.", ["ag13"], [("scare-quote", "marker", "Sözde"), ("scare-quote", "distancing", "“devlet bakanı”"), ("polity-label", "delegitimising", "Sözde rejimin")]),
                ("Terörün finansmanı ve sınırı yasa dışı geçmekle suçlanan Vardanyan hakkında Bakü'deki mahkeme dört ay tutukluluk kararı verdi.", ["ag14"], [att("suçlanan"), ("loaded", "az-frame", "Terörün finansmanı")]),
            ],
            [
                ("Ermenistan Başbakanı Nikol Paşinyan ise Karabağ'da “etnik temizlik” yapıldığını iddia etti.", ["ag16"], [("scare-quote", "distancing", "“etnik temizlik”"), ("loaded", "hy-frame", "etnik temizlik"), doubt("iddia etti")]),
                ("Cumhurbaşkanı Yardımcısı Hikmet Hacıyev bu iddiaları reddederek bölgeden ayrılmanın tamamen bireysel bir tercih olduğunu vurguladı.", ["ag17"], [doubt("iddiaları"), att("reddederek"), ("booster", "booster", "tamamen"), att("vurguladı"), mv("departure", "bölgeden ayrılmanın"), mv("voluntary", "bireysel bir tercih")]),
                ("Hacıyev ayrıca BM heyetinin önümüzdeki günlerde bölgeyi ziyaret edeceğini açıkladı.", ["ag21"], [att("açıkladı")]),
                ("Kuşkusuz, Karabağ'ın Azerbaycan'a tam entegrasyonu bölgede kalıcı barışın kapısını aralayacak.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
        ],
    },
    "fr-relais-de-l-est.txt": {
        "header": " date 2023-10-01 (Le Relais de l'Est)",
        "paragraphs": [
            [("Haut-Karabakh : en une semaine, la quasi-totalité des Arméniens ont fui", ["ag8", "ag9"], [mv("forced", "ont fui")])],
            [
                ("Plus de 100 000 personnes sont arrivées en Arménie depuis le 24 septembre, selon le gouvernement arménien, soit l'écrasante majorité des quelque 120 000 Arméniens qui vivaient au Haut-Karabakh.", ["ag8", "ag9"], [att("selon")]),
                ("Sur l'unique route du corridor de Latchine, le trajet jusqu'à Goris, qui prend d'ordinaire deux heures, a parfois duré plus de trente heures.", ["ag10"], []),
                ("Des familles entières ont dormi dans leur voiture, au bord de la route, en attendant de passer le poste de contrôle azerbaïdjanais.", ["ag10"], []),
            ],
            [
                ("Le 19 septembre, Bakou avait lancé ce qu'il présente comme des « mesures antiterroristes locales », une offensive éclair appuyée par l'artillerie et les drones.", ["ag1"], [att("présente"), ("scare-quote", "distancing", "« mesures antiterroristes locales »"), ("loaded", "neutral", "offensive éclair"), ("loaded", "az-frame", "mesures antiterroristes locales")]),
                ("Dès le lendemain, les forces arméniennes du Karabakh acceptaient un cessez-le-feu négocié par l'intermédiaire des soldats de la paix russes, qui prévoit leur désarmement et leur dissolution.", ["ag3"], [("armed-label", "neutral", "forces arméniennes du Karabakh"), ("loaded", "neutral", "cessez-le-feu")]),
                ("Selon le défenseur des droits du Karabakh, Guéguam Stepanian, plus de 200 personnes ont été tuées côté arménien, dont dix civils.", ["ag5"], [att("Selon"), ("agency", "agentless", "ont été tuées")]),
                ("Le 21 septembre, des représentants des Arméniens du Karabakh ont rencontré à Yevlakh des responsables azerbaïdjanais, sans résultat concret.", ["ag7"], []),
            ],
            [
                ("Le soir du 25 septembre, un dépôt de carburant a explosé près de Stepanakert alors que des centaines d'habitants faisaient la queue pour remplir leur réservoir avant de partir.", ["ag11"], [mv("departure", "partir")]),
                ("Selon les autorités locales, le bilan s'élevait jeudi à 170 morts, et près de 300 blessés, dont de nombreux grands brûlés, ont été soignés.", ["ag12"], [att("Selon")]),
                ("Le 28 septembre, le dirigeant séparatiste Samvel Chakhramanian a signé un décret prévoyant la dissolution de toutes les institutions de la république autoproclamée au 1er janvier 2024.", ["ag15"], [("polity-label", "separatist", "dirigeant séparatiste"), ("polity-label", "unrecognised", "autoproclamée")]),
            ],
            [
                ("Le premier ministre arménien, Nikol Pachinian, dénonce un « nettoyage ethnique » et estime que d'ici quelques jours il ne restera plus un seul Arménien au Karabakh.", ["ag16"], [att("dénonce"), ("loaded", "hy-frame", "nettoyage ethnique"), ("scare-quote", "distancing", "« nettoyage ethnique »"), att("estime")]),
                ("Bakou prétend au contraire que les départs sont volontaires et assure que ceux qui resteront auront les mêmes droits que tous les citoyens azerbaïdjanais.", ["ag17"], [doubt("prétend"), att("assure"), mv("departure", "départs"), mv("voluntary", "volontaires")]),
                ("Samantha Power, la cheffe de l'agence américaine pour le développement international, s'est rendue mardi à Kornidzor, où elle a annoncé 11,5 millions de dollars d'aide et réclamé l'accès d'observateurs indépendants à la région.", ["ag19"], []),
                ("L'Union européenne a exhorté Bakou à garantir les droits et la sécurité des Arméniens du Karabakh et promis une aide humanitaire supplémentaire.", ["ag20"], []),
                ("Une mission de l'ONU, la première depuis une trentaine d'années, est attendue ce week-end dans la région.", ["ag21"], []),
            ],
            [
                ("En France, où vit une importante diaspora arménienne, des rassemblements de soutien ont eu lieu dans plusieurs villes.", [], []),
            ],
        ],
    },
    "de-talwarte.txt": {
        "header": " date 2023-10-01 (Die Talwarte)",
        "paragraphs": [
            [("Nach der Flucht aus Bergkarabach löst sich die selbst ernannte Republik auf", ["ag8", "ag15"], [mv("forced", "Flucht"), ("polity-label", "unrecognised", "selbst ernannte")])],
            [
                ("Mit einem Dekret vom 28. September hat der Anführer der Karabach-Armenier, Samwel Schahramanjan, die Auflösung aller staatlichen Institutionen der international nicht anerkannten Republik zum 1. Januar 2024 verfügt.", ["ag15"], [("polity-label", "unrecognised", "nicht anerkannten")]),
                ("Da war ein Großteil der Bevölkerung schon fort: Nach Angaben der armenischen Regierung sind seit dem 24. September mehr als 100.000 Menschen über den Latschin-Korridor nach Armenien geflohen.", ["ag8", "ag9"], [att("Nach Angaben"), mv("forced", "geflohen"), mv("departure", "schon fort")]),
                ("Vor dem Angriff lebten in Bergkarabach rund 120.000 Armenier.", ["ag9"], [("loaded", "neutral", "Angriff")]),
                ("An der Hakari-Brücke kontrollieren aserbaidschanische Grenzer jedes Fahrzeug, und die Fahrt ins armenische Goris dauerte für viele mehr als einen Tag.", ["ag10"], []),
                ("Goris liegt in der südarmenischen Provinz Sjunik, rund 240 Kilometer von Eriwan entfernt.", [], []),
            ],
            [
                ("Aserbaidschan hatte am 19. September eine Offensive begonnen, die Baku als „lokale Anti-Terror-Maßnahmen“ bezeichnete.", ["ag1"], [att("bezeichnete"), ("scare-quote", "distancing", "„lokale Anti-Terror-Maßnahmen“"), ("loaded", "neutral", "Offensive"), ("loaded", "az-frame", "lokale Anti-Terror-Maßnahmen")]),
                ("Als Anlass nannte die Regierung den Tod von vier Polizisten und zwei Straßenarbeitern, die am selben Tag durch Minen getötet worden waren.", ["ag2"], [att("nannte"), ("agency", "agentless", "getötet worden waren")]),
                ("Baku beziffert die eigenen Verluste auf 192 getötete Soldaten.", ["ag4"], [att("beziffert")]),
                ("Auch mehrere russische Friedenssoldaten kamen ums Leben, Präsident Ilham Alijew entschuldigte sich dafür telefonisch bei Wladimir Putin.", ["ag6"], []),
            ],
            [
                ("Am Abend des 25. September explodierte nahe Stepanakert, das Aserbaidschan Chankendi nennt, ein Treibstofflager, vor dem Hunderte Menschen für Benzin angestanden haben sollen.", ["ag11"], [("hedge", "hearsay", "sollen")]),
                ("Mindestens 170 Menschen starben, Hunderte erlitten Verletzungen, viele davon schwere Verbrennungen.", ["ag12"], []),
                ("Die Ursache ist bis heute ungeklärt.", ["ag11"], []),
            ],
            [
                ("Am 27. September nahmen aserbaidschanische Grenzschützer an der Hakari-Brücke den früheren Staatsminister der Region, den Milliardär Ruben Wardanjan, fest.", ["ag13"], []),
                ("Ein Gericht in Baku ordnete vier Monate Untersuchungshaft an, ihm wird unter anderem Terrorfinanzierung vorgeworfen.", ["ag14"], [att("vorgeworfen"), ("loaded", "az-frame", "Terrorfinanzierung")]),
            ],
            [
                ("Der armenische Regierungschef Nikol Paschinjan spricht von ethnischer Säuberung.", ["ag16"], [att("spricht"), ("loaded", "hy-frame", "ethnischer Säuberung")]),
                ("Das russische Außenministerium nannte die Kritik aus Eriwan an den Friedenstruppen einen Versuch, eigenes Versagen auf Moskau abzuwälzen.", ["ag18"], [att("nannte")]),
                ("Die Leiterin der US-Entwicklungsbehörde USAID, Samantha Power, sagte bei einem Besuch an der Grenze 11,5 Millionen Dollar Hilfe zu und forderte Zugang für unabhängige Beobachter.", ["ag19"], []),
                ("Die EU rief Baku auf, die Rechte und die Sicherheit der verbliebenen Armenier zu garantieren.", ["ag20"], []),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (ah): real events, like karabakh-exodus-2023. The first delimited section of the
# Armenia–Azerbaijan border in Tavush / Gazakh, April–May 2024: the commissions' agreement of 19
# April (Mher Grigoryan, Shahin Mustafayev) on about 12.7 km near Baghanis, Voskepar, Kirants and
# Berkaber, four villages of the Gazakh district (Bağanis Ayrım, Aşağı Əskipara, Xeyrimli,
# Qızılhacılı) passing to Azerbaijan, the Alma-Ata Declaration as the basis, Pashinyan's argument
# of avoiding war, the border pillars, the Tavush for the Homeland protests led by Archbishop
# Bagrat Galstanyan (the road blocks in Tavush, the march to Yerevan, the rally of 9 May in
# Republic Square, his bid for prime minister, the blocks and detentions in Yerevan), the Armenian
# border guards taking up positions and Azerbaijan's border service deploying on 24 May, the
# Kirants residents' worries, the Yerevan–Tbilisi highway and the gas pipeline near the line,
# Hikmet Hajiyev's words, the exclaves and Artsvashen, the EU, US and Russian reactions, as seven
# fictional outlets would report them on 25–27 May 2024. Facts, dates and names are real; figures
# are given only where remembered (12.7 km) and are otherwise vague or attributed. Every sentence
# is original, none taken or paraphrased from a real outlet. Written blind, without looking at the
# concept lexicon, the cue lexicons, the aligner or the shipped samples. Do not rewrite these
# sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AH = {
    "ah1": "On Friday 19 April 2024 the Armenian and Azerbaijani border delimitation commissions, headed by deputy prime ministers Mher Grigoryan and Shahin Mustafayev, agreed on the line of a first section of the border between Tavush and Gazakh",
    "ah2": "The section is about 12.7 km long (es, hy: about 12; ru: almost 13) and runs near the Armenian villages of Baghanis, Voskepar, Kirants and Berkaber",
    "ah3": "Under the deal four villages of Azerbaijan's Gazakh district (Bağanis Ayrım, Aşağı Əskipara, Xeyrimli, Qızılhacılı) pass to / are returned to Azerbaijan; the headlines naming the handover of the villages (hy: the lands of four former Azerbaijani villages)",
    "ah4": "The four villages had been held by Armenia since the early 1990s and their Azerbaijani residents left them in the war (en: fled; es: abandoned them; de, az: were driven out; az, tr: occupied by Armenia)",
    "ah5": "The two sides took the Alma-Ata Declaration of 1991 as the basis of delimitation (hy: in Pashinyan's words, doubted)",
    "ah6": "Pashinyan defends the deal as the way to avoid a new war (en: warning a refusal could have led to fighting; hy: doubted)",
    "ah7": "On Friday 24 May Armenian border guards took up positions along the new section, completing the handover (the headlines of en, ru, hy, de)",
    "ah8": "Azerbaijan's State Border Service deployed in / took control of the four villages on 24 May",
    "ah9": "Since late April geodetic measurements were made and border pillars placed along the line (hy: some pillars a few dozen metres from houses)",
    "ah10": "The deal set off a protest movement, 'Tavush for the Homeland', led by Archbishop Bagrat Galstanyan, head of the Tavush diocese; in April villagers blocked the Yerevan–Tbilisi highway (az: 'revanchist forces' trying to derail the process; es: the headline's protests)",
    "ah11": "In early May Galstanyan and his supporters marched on foot from Tavush to Yerevan",
    "ah12": "On 9 May the movement rallied in Republic Square in Yerevan (en, es, de, ru, hy: tens of thousands; tr: thousands; az: a few thousand)",
    "ah13": "Galstanyan demanded Pashinyan's resignation and said he was ready to be the candidate for prime minister, although his Canadian citizenship bars him from the post (en: appears to; ru: reportedly; es: by the Constitution; tr: it caused debate)",
    "ah14": "In the following days protesters blocked streets in Yerevan and were detained (en, es: dozens; ru, hy, de: hundreds)",
    "ah15": "Kirants residents fear for their houses (the line a few metres / a few dozen metres away) and for the village's only road",
    "ah16": "Sections of the Yerevan–Tbilisi highway and of the gas pipeline from Georgia lie near the line; new sections are to be built on Armenian territory (az: the road only, which Armenia will have to rebuild)",
    "ah17": "Baku, through Hikmet Hajiyev, called the return of the villages a historic event, achieved without a shot being fired (az, tr: proof that the peace agenda works; hy: presented as a 'historic event')",
    "ah18": "Other villages claimed by Baku, exclaves among them, and Armenia's exclave of Artsvashen, held by Azerbaijan since 1992, remain unresolved (hy: Baku talks of the 'return' of the exclaves while occupied Artsvashen is not even discussed)",
    "ah19": "The European Union welcomed the agreement",
    "ah20": "The United States (State Department) welcomed the agreement",
    "ah21": "Russia's foreign ministry offered to help, including with Soviet General Staff maps",
}

ARTICLES_AH = {
    "en-marchland-report.txt": {
        "header": " date 2024-05-25 (Marchland Report)",
        "paragraphs": [
            [("Armenian border guards take over first delimited stretch as four villages pass to Azerbaijan", ["ah7", "ah3"], [])],
            [
                ("Armenian border guards took up positions on Friday along a newly agreed 12.7-kilometre section of the frontier with Azerbaijan in the northern province of Tavush, completing a handover that has divided the country for five weeks.", ["ah7", "ah2"], []),
                ("The section runs past the Armenian villages of Baghanis, Voskepar, Kirants and Berkaber and leaves four villages of Azerbaijan's Gazakh district, held by Armenia since the early 1990s, on the Azerbaijani side.", ["ah2", "ah3", "ah4"], []),
                ("Their Azerbaijani residents fled during the fighting that accompanied the collapse of the Soviet Union, and little is left of the villages today.", ["ah4"], [mv("forced", "fled"), ("loaded", "neutral", "fighting")]),
            ],
            [
                ("The two countries' border commissions, headed by Deputy Prime Ministers Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan, agreed on the line on 19 April.", ["ah1"], []),
                ("It is the first stretch of the long shared border to be formally delimited since both states became independent.", [], []),
                ("Prime Minister Nikol Pashinyan has defended the deal as the price of avoiding a new war, warning that a refusal could have led to fighting in the area.", ["ah6"], [att("defended"), att("warning"), ("hedge", "uncertain", "could have"), ("loaded", "neutral", "fighting")]),
                ("Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, called the return of the villages a “historic event” achieved without a single shot being fired.", ["ah17"], [att("called"), ("scare-quote", "distancing", "“historic event”")]),
                ("Azerbaijan's State Border Service said on Friday that its units had deployed in the four villages.", ["ah8"], [att("said")]),
            ],
            [
                ("The deal set off a protest movement led by Archbishop Bagrat Galstanyan, head of the Armenian Apostolic Church's diocese in Tavush, whose supporters blocked the highway to Georgia near Kirants in April.", ["ah10"], []),
                ("Under the banner “Tavush for the Homeland”, the movement brought tens of thousands of people to Republic Square in Yerevan on 9 May.", ["ah12"], []),
                ("There the archbishop demanded Pashinyan's resignation and said he was ready to stand for prime minister, although his Canadian citizenship appears to bar him from the post.", ["ah13"], [att("said"), ("hedge", "uncertain", "appears to")]),
                ("In the days that followed, protesters blocked streets across the capital and police detained dozens of people.", ["ah14"], []),
            ],
            [
                ("In Kirants, residents say the new line passes within metres of some houses and fear that the village's only road will now run along the border.", ["ah15"], [att("say")]),
                ("Officials have said that where the Yerevan–Tbilisi highway and the gas pipeline from Georgia come close to the line, new sections will be built on Armenian soil.", ["ah16"], [att("said")]),
                ("The European Union and the United States welcomed the agreement as a step towards a peace treaty.", ["ah19", "ah20"], [att("welcomed")]),
            ],
        ],
    },
    "ru-kavkazskaya-letopis.txt": {
        "header": " date 2024-05-25 (Кавказская летопись)",
        "paragraphs": [
            [("Ереван завершил передачу Баку четырёх сёл Газахского района", ["ah3", "ah7"], [])],
            [
                ("В пятницу армянские пограничники заступили на охрану нового участка границы с Азербайджаном в Тавушской области протяжённостью почти 13 километров.", ["ah7", "ah2"], []),
                ("Азербайджанская Государственная пограничная служба в тот же день выставила посты у сёл Баганис-Айрум, Ашагы-Аскипара, Хейримли и Гызылгаджылы.", ["ah8", "ah3"], []),
                ("О прохождении линии у армянских сёл Баганис, Воскепар, Киранц и Беркабер вице-премьеры Мгер Григорян и Шахин Мустафаев договорились ещё 19 апреля.", ["ah1", "ah2"], []),
                ("За основу стороны взяли Алма-Атинскую декларацию 1991 года.", ["ah5"], []),
            ],
            [
                ("В МИД России заявили, что Москва готова помочь сторонам, в том числе картами советского Генштаба.", ["ah21"], [att("заявили")]),
                ("Так называемые западные партнёры Еревана тем временем спешат приписать этот успех себе.", [], [("scare-quote", "marker", "Так называемые"), doubt("спешат")]),
            ],
            [
                ("Решение вызвало волну протестов во главе с руководителем Тавушской епархии архиепископом Багратом Галстаняном.", ["ah10"], []),
                ("В апреле жители приграничных сёл несколько раз перекрывали трассу Ереван — Тбилиси.", ["ah10"], []),
                ("В начале мая участники движения «Тавуш во имя Родины» прошли маршем из Тавуша в Ереван.", ["ah11"], []),
                ("9 мая на площади Республики собрались десятки тысяч человек, и Галстанян потребовал отставки Никола Пашиняна.", ["ah12", "ah13"], []),
                ("Архиепископ заявил, что готов сам возглавить правительство, однако этому, как сообщается, препятствует его канадское гражданство.", ["ah13"], [att("заявил"), ("hedge", "hearsay", "как сообщается")]),
                ("В последующие дни полиция задерживала участников акций гражданского неповиновения сотнями.", ["ah14"], []),
            ],
            [
                ("В Баку возвращение сёл называют историческим событием.", ["ah17"], [att("называют")]),
                ("Помощник президента Азербайджана Хикмет Гаджиев подчеркнул, что сёла вернулись «без единого выстрела».", ["ah17"], [att("подчеркнул"), ("scare-quote", "distancing", "«без единого выстрела»")]),
                ("Азербайджан также претендует на ещё несколько сёл, в том числе анклавных, а Армения — на Арцвашен, но их судьбу решено обсудить позже.", ["ah18"], []),
                ("В этом году Ереван также заморозил своё участие в ОДКБ.", [], []),
            ],
        ],
    },
    "hy-hayreni-hogh.txt": {
        "header": " date 2024-05-25 (Հայրենի հող)",
        "paragraphs": [
            [("Տավուշյան հողերի հանձնումն ավարտվեց", ["ah7"], [])],
            [
                ("Ուրբաթ օրը հայ սահմանապահները դիրքեր զբաղեցրին Ադրբեջանի հետ համաձայնեցված նոր սահմանագծի շուրջ 12 կիլոմետրանոց հատվածում՝ Տավուշի մարզում։", ["ah7", "ah2"], []),
                ("Դրանով ավարտվեց ապրիլի 19-ին փոխվարչապետներ Մհեր Գրիգորյանի և Շահին Մուստաֆաևի ձեռք բերած պայմանավորվածության կատարումը։", ["ah1"], []),
                ("Բաղանիսի, Ոսկեպարի, Կիրանցի և Բերքաբերի մերձակայքում Ադրբեջանին են անցնում խորհրդային տարիների չորս ադրբեջանական գյուղերի տարածքներն ու դրանց շրջակա հողերը։", ["ah2", "ah3"], []),
            ],
            [
                ("Նոր գծի երկայնքով արդեն տեղադրված են սահմանային սյուներ, որոնց մի մասը կանգնած է բնակելի տներից ընդամենը մի քանի տասնյակ մետր հեռու։", ["ah9", "ah15"], []),
                ("Կիրանցի բնակիչները մտավախություն ունեն, որ գյուղի միակ ճանապարհն այժմ կանցնի ադրբեջանական դիրքերի անմիջական հսկողության ներքո։", ["ah15"], []),
                ("Նոր գծի մոտով են անցնում նաև Երևան–Թբիլիսի միջպետական ճանապարհի և Վրաստանից եկող գազատարի որոշ հատվածներ, որոնք կառավարությունը խոստանում է վերակառուցել Հայաստանի տարածքում։", ["ah16"], []),
            ],
            [
                ("Ապրիլի վերջից Տավուշի թեմի առաջնորդ Բագրատ արքեպիսկոպոս Գալստանյանը գլխավորում է «Տավուշը հանուն հայրենիքի» շարժումը։", ["ah10"], []),
                ("Մայիսի սկզբին Սրբազանը համախոհների հետ Տավուշից ոտքով քայլեց մինչև Երևան։", ["ah11"], []),
                ("Մայիսի 9-ին Հանրապետության հրապարակում հավաքված տասնյակ հազարավոր մարդիկ պահանջեցին վարչապետի հրաժարականը։", ["ah12", "ah13"], []),
                ("Գալստանյանը հայտարարեց, որ պատրաստ է դառնալ վարչապետի թեկնածու։", ["ah13"], [att("հայտարարեց")]),
                ("Հաջորդ օրերին ոստիկանությունը բերման ենթարկեց քաղաքացիական անհնազանդության հարյուրավոր մասնակիցների։", ["ah14"], []),
            ],
            [
                ("Նիկոլ Փաշինյանը պնդում է, թե սահմանազատումն արվում է 1991 թվականի Ալմա-Աթայի հռչակագրի հիման վրա և թույլ կտա խուսափել նոր պատերազմից։", ["ah5", "ah6"], [doubt("պնդում է")]),
                ("Ընդդիմությունն այն որակում է որպես միակողմանի զիջում, քանի որ Ադրբեջանը շարունակում է օկուպացված պահել Հայաստանի ինքնիշխան տարածքի մի մասը։", [], [att("որակում է"), ("loaded", "hy-frame", "օկուպացված")]),
                ("Բաքուն արդեն խոսում է նաև անկլավների «վերադարձի» մասին, մինչդեռ 1992 թվականից օկուպացված Արծվաշենի հարցը նույնիսկ չի քննարկվում։", ["ah18"], [att("խոսում է"), ("scare-quote", "distancing", "«վերադարձի»"), ("loaded", "hy-frame", "օկուպացված")]),
                ("Ադրբեջանում գյուղերի հանձնումը ներկայացնում են որպես «պատմական իրադարձություն»։", ["ah17"], [att("ներկայացնում են"), ("scare-quote", "distancing", "«պատմական իրադարձություն»")]),
            ],
        ],
    },
    "az-bayraq-sesi.txt": {
        "header": " date 2024-05-25 (Bayraq səsi)",
        "paragraphs": [
            [("Qazaxın dörd kəndi 30 ildən artıq işğaldan sonra Azərbaycana qaytarıldı", ["ah3", "ah4"], [("loaded", "contested", "işğaldan")])],
            [
                ("Mayın 24-də Dövlət Sərhəd Xidmətinin bölmələri Qazax rayonunun Bağanis Ayrım, Aşağı Əskipara, Xeyrimli və Qızılhacılı kəndlərində yerləşdirilib.", ["ah8", "ah3"], []),
                ("Bu kəndlər ötən əsrin 90-cı illərinin əvvəllərində Ermənistan silahlı qüvvələri tərəfindən işğal edilmiş, sakinləri isə doğma yurdlarından qovulmuşdu.", ["ah4"], [("loaded", "contested", "işğal"), mv("expelled", "qovulmuşdu")]),
                ("Qazax rayonu ilə Ermənistanın Tavuş vilayəti arasında 12,7 kilometrlik sərhəd hissəsi dəqiqləşdirilib.", ["ah2"], []),
                ("Bu barədə razılıq aprelin 19-da Baş nazirin müavinləri Şahin Mustafayev və Mher Qriqoryanın rəhbərlik etdiyi dövlət komissiyalarının iclasında əldə olunmuşdu.", ["ah1"], []),
                ("Tərəflər 1991-ci il Alma-Ata Bəyannaməsini əsas götürüblər.", ["ah5"], []),
                ("Aprelin sonundan ərazidə geodeziya ölçmələri aparılıb və sərhəd dirəkləri quraşdırılıb.", ["ah9"], []),
            ],
            [
                ("Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, kəndlərin bir güllə atılmadan qaytarılması tarixi hadisədir.", ["ah17"], [att("bildirib")]),
                ("Onun sözlərinə görə, bu, sülh gündəliyinin real nəticə verdiyini göstərir.", ["ah17"], [att("sözlərinə görə")]),
                ("Qazax rayonunun digər kəndlərinin, o cümlədən anklav kəndlərin qaytarılması məsələsi də gündəmdədir.", ["ah18"], []),
                ("Bu kəndlərdən olan məcburi köçkünlər doğma yurdlarına qayıdacaqları günü gözləyir.", [], [mv("displaced", "məcburi köçkünlər")]),
                ("Ermənistan tərəfi isə İrəvan–Tbilisi yolunun yeni sərhəd xəttinə yaxın hissələrini öz ərazisində yenidən çəkməli olacaq.", ["ah16"], []),
            ],
            [
                ("Ermənistanda bir qrup revanşist qüvvə Tavuşda və İrəvanda aksiyalar keçirərək prosesi pozmağa cəhd edib.", ["ah10"], []),
                ("Mayın 9-da İrəvanda keçirilən mitinqdə bir neçə min nəfər iştirak edib.", ["ah12"], []),
                ("Avropa İttifaqı və ABŞ Dövlət Departamenti komissiyaların razılaşmasını alqışlayıblar.", ["ah19", "ah20"], [att("alqışlayıblar")]),
                ("Şübhəsiz, bu addım Qərbi Azərbaycandan qovulmuş soydaşlarımızın da qayıdışına yol açacaq.", [], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "Qərbi Azərbaycandan"), mv("expelled", "qovulmuş")]),
            ],
        ],
    },
    "tr-yesil-vadi.txt": {
        "header": " date 2024-05-25 (Yeşil Vadi Gazetesi)",
        "paragraphs": [
            [("İşgal altındaki dört Gazah köyü Azerbaycan'a iade edildi", ["ah3", "ah4"], [("loaded", "contested", "İşgal")])],
            [
                ("Ermenistan'ın 1990'ların başında işgal ettiği Gazah rayonuna bağlı Bağanis Ayrım, Aşağı Askipara, Heyrimli ve Kızılhacılı köyleri, 24 Mayıs itibarıyla yeniden Azerbaycan'ın kontrolüne geçti.", ["ah3", "ah4", "ah8"], [("loaded", "contested", "işgal")]),
                ("Azerbaycan Devlet Sınır Hizmeti'ne bağlı birlikler köylerde mevzilendi.", ["ah8"], []),
                ("Azerbaycan ve Ermenistan sınır komisyonları, 19 Nisan'da Başbakan yardımcıları Şahin Mustafayev ile Mher Grigoryan başkanlığında yaptıkları toplantıda bu konuda uzlaşmıştı.", ["ah1"], []),
                ("Anlaşma, Gazah ile Ermenistan'ın Tavuş bölgesi arasındaki yaklaşık 12,7 kilometrelik sınır hattını kapsıyor.", ["ah2"], []),
                ("Taraflar, 1991 tarihli Alma-Ata Deklarasyonu'nu esas aldı.", ["ah5"], []),
                ("Hat boyunca nisan sonundan bu yana sınır taşları dikiliyor.", ["ah9"], []),
            ],
            [
                ("Cumhurbaşkanı Yardımcısı Hikmet Hacıyev, köylerin tek kurşun atılmadan geri dönmesini tarihi bir olay olarak nitelendirdi.", ["ah17"], [att("nitelendirdi")]),
                ("Hacıyev, bunun barış sürecinin somut bir sonucu olduğunu vurguladı.", ["ah17"], [att("vurguladı")]),
                ("Ermenistan Başbakanı Nikol Paşinyan ise anlaşmanın yeni bir savaşı önlediğini savunuyor.", ["ah6"], [att("savunuyor")]),
            ],
            [
                ("Buna karşın Ermenistan'da Başpiskopos Bagrat Galstanyan öncülüğündeki protestolar sürüyor.", ["ah10"], []),
                ("9 Mayıs'ta Erivan'daki mitinge katılan binlerce kişi, Paşinyan'ın istifasını talep etti.", ["ah12", "ah13"], []),
                ("Kanada vatandaşlığı da bulunan Galstanyan'ın başbakanlığa aday olmaya hazır olduğunu açıklaması Ermenistan'da tartışmalara yol açtı.", ["ah13"], [att("açıklaması")]),
            ],
            [
                ("Avrupa Birliği anlaşmayı memnuniyetle karşıladı.", ["ah19"], [att("memnuniyetle karşıladı")]),
                ("Bakü, Ermenistan topraklarında kalan diğer Azerbaycan köylerinin de iadesini gündemde tutuyor.", ["ah18"], []),
                ("Kuşkusuz Türkiye, Azerbaycan'ın toprak bütünlüğünü güçlendiren her adımı desteklemeyi sürdürecek.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
        ],
    },
    "es-correo-de-la-raya.txt": {
        "header": " date 2024-05-26 (El Correo de la Raya)",
        "paragraphs": [
            [("Armenia devuelve a Azerbaiyán cuatro aldeas fronterizas pese a las protestas", ["ah3", "ah10"], [])],
            [
                ("Los guardias fronterizos armenios ocuparon el viernes sus nuevas posiciones a lo largo de un tramo de unos 12 kilómetros en la provincia de Tavush, en el norte del país.", ["ah7", "ah2"], []),
                ("Con ello concluyó la primera fase de la delimitación acordada el 19 de abril por los viceprimeros ministros Mher Grigorián y Shahin Mustafáyev, que encabezan las comisiones fronterizas de ambos países.", ["ah1"], []),
                ("El acuerdo deja del lado azerbaiyano cuatro aldeas del distrito de Gazaj, en manos armenias desde principios de los años noventa, cuando sus habitantes azerbaiyanos las abandonaron en plena guerra.", ["ah3", "ah4"], [mv("departure", "abandonaron")]),
                ("Ambas partes tomaron como base la Declaración de Alma-Ata de 1991, en la que las repúblicas exsoviéticas reconocieron sus fronteras de entonces.", ["ah5"], []),
                ("Según el primer ministro, Nikol Pashinián, aceptar esa línea era la única forma de evitar una nueva guerra.", ["ah6"], [att("Según")]),
            ],
            [
                ("La cesión dio origen al movimiento «Tavush por la Patria», encabezado por el arzobispo Bagrat Galstanián, responsable de la diócesis de la provincia.", ["ah10"], []),
                ("A principios de mayo, Galstanián encabezó una marcha a pie desde Tavush hasta Ereván.", ["ah11"], []),
                ("El 9 de mayo, decenas de miles de personas llenaron la plaza de la República, donde el arzobispo exigió la dimisión de Pashinián y se ofreció como candidato a primer ministro.", ["ah12", "ah13"], []),
                ("La Constitución exige, sin embargo, que el jefe del Gobierno tenga solo la nacionalidad armenia, y Galstanián es también ciudadano canadiense.", ["ah13"], []),
                ("En los días siguientes, sus partidarios cortaron calles del centro de la capital y decenas de ellos fueron detenidos.", ["ah14"], [("agency", "agentless", "fueron detenidos")]),
            ],
            [
                ("En Kirants, varias familias temen quedarse con la frontera a pocos metros de sus casas.", ["ah15"], []),
                ("Algunos tramos de la carretera entre Ereván y Tiflis y del gasoducto que llega desde Georgia discurren junto a la nueva línea, y el Gobierno promete construir otros nuevos en territorio armenio.", ["ah16"], []),
                ("La Unión Europea y el Departamento de Estado estadounidense celebraron el acuerdo.", ["ah19", "ah20"], [att("celebraron")]),
                ("Moscú, por su parte, se ofreció a ayudar con los mapas del Estado Mayor soviético que conserva en sus archivos.", ["ah21"], []),
                ("Armenia y Azerbaiyán negocian desde hace años un tratado de paz que aún no han firmado.", [], []),
            ],
        ],
    },
    "de-grenzlandbote.txt": {
        "header": " date 2024-05-27 (Grenzlandbote)",
        "paragraphs": [
            [("Armenien übergibt Grenzabschnitt in Tawusch an Aserbaidschan", ["ah7"], [])],
            [
                ("Seit Freitag bewachen armenische Grenzsoldaten einen neu festgelegten, rund 12,7 Kilometer langen Abschnitt der Grenze zu Aserbaidschan im Norden des Landes.", ["ah7", "ah2"], []),
                ("Auf der anderen Seite der Linie hat der aserbaidschanische Grenzdienst vier Dörfer des Bezirks Gasach übernommen, die seit Anfang der Neunzigerjahre unter armenischer Kontrolle standen.", ["ah8", "ah3", "ah4"], []),
                ("Ihre aserbaidschanischen Bewohner waren in den Kämpfen jener Jahre vertrieben worden.", ["ah4"], [("loaded", "neutral", "Kämpfen"), mv("expelled", "vertrieben worden"), ("agency", "agentless", "vertrieben worden")]),
                ("Auf den Verlauf hatten sich die Regierungskommissionen unter den Vizeregierungschefs Mher Grigorjan und Schahin Mustafajew am 19. April geeinigt.", ["ah1"], []),
                ("Betroffen sind die armenischen Dörfer Baghanis, Woskepar, Kirants und Berkaber.", ["ah2"], []),
                ("Seit Ende April setzten Vermessungstrupps beider Seiten entlang der Linie Grenzpfähle.", ["ah9"], []),
            ],
            [
                ("In Kirants führt die neue Grenze nach Angaben von Bewohnern nur wenige Meter an einigen Häusern vorbei.", ["ah15"], [att("nach Angaben")]),
                ("Auch Teile der Fernstraße von Eriwan nach Tiflis und der Gasleitung aus Georgien liegen an der Linie, die Regierung will dort neue Abschnitte auf armenischem Gebiet bauen.", ["ah16"], []),
                ("Regierungschef Nikol Paschinjan argumentiert, nur so lasse sich ein neuer Krieg verhindern.", ["ah6"], [att("argumentiert")]),
            ],
            [
                ("Gegen die Übergabe formierte sich im April unter Erzbischof Bagrat Galstanjan, dem Oberhaupt der Diözese Tawusch, die Bewegung „Tawusch für die Heimat“.", ["ah10"], []),
                ("Am 9. Mai versammelten sich in Eriwan Zehntausende auf dem Platz der Republik.", ["ah12"], []),
                ("Bei den anschließenden Straßenblockaden in der Hauptstadt nahm die Polizei Hunderte Demonstranten vorübergehend fest.", ["ah14"], []),
            ],
            [
                ("Präsidentenberater Hikmet Hadschijew sprach in Baku von einem historischen Ereignis und betonte, die Dörfer seien ohne einen einzigen Schuss zurückgekehrt.", ["ah17"], [att("sprach"), att("betonte")]),
                ("Baku beansprucht zudem weitere Dörfer, darunter Exklaven auf armenischem Gebiet, Eriwan seinerseits die Exklave Arzwaschen, die Aserbaidschan seit 1992 kontrolliert.", ["ah18"], []),
                ("Das russische Außenministerium bot erneut Hilfe an, etwa mit Karten des sowjetischen Generalstabs.", ["ah21"], []),
                ("Die nächste reguläre Parlamentswahl in Armenien steht 2026 an.", [], []),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (ai): real events, like karabakh-exodus-2023 and tavush-villages-2024. The meeting at the
# White House on Friday 8 August 2025: Ilham Aliyev and Nikol Pashinyan, hosted by Donald Trump,
# sign a joint declaration and the foreign ministers Jeyhun Bayramov and Ararat Mirzoyan initial
# the peace treaty agreed in March (17 articles); the route through Syunik from mainland Azerbaijan
# to Nakhchivan named the Trump Route for International Peace and Prosperity (TRIPP), the US
# development rights over it (up to 99 years by reports), Pashinyan's sovereignty and jurisdiction,
# Baku's Zangezur corridor; the joint request to the OSCE to close the Minsk Group; Trump's waiver
# of Section 907; the treaty not yet signed and Baku's demand that Armenia change its constitution;
# the text published on 11 August and its content; the reactions of Moscow, Tehran (the foreign
# ministry, Ali Akbar Velayati), Ankara (Erdogan) and the Armenian opposition; the Nobel
# nomination; the separate documents signed with Washington; background on the conflict, the 2020
# war and September 2023; as seven fictional outlets would report them on 9–13 August 2025. Facts,
# dates and names are real; figures only where well known (17 articles, 99 years by reports, 35
# years in Trump's words); quoted and paraphrased words are illustrative. Every sentence is
# original, none taken or paraphrased from a real outlet. Written blind, without looking at the
# concept lexicon, the cue lexicons, the aligner or the shipped samples. Do not rewrite these
# sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AI = {
    "ai1": "On Friday 8 August 2025 at the White House, hosted by US President Donald Trump, Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan signed a joint declaration (the ru, az and tr headlines naming the signing; fr: the meeting five days earlier)",
    "ai2": "The foreign ministers Jeyhun Bayramov and Ararat Mirzoyan initialled the agreed text of the peace treaty (en, tr: 17 articles; the fr headline: a peace initialled in Washington)",
    "ai3": "A transit route across Armenia's Syunik province is to link mainland Azerbaijan with its exclave of Nakhchivan, named the Trump Route for International Peace and Prosperity (TRIPP) (az: the Zangezur corridor named so at the US's suggestion; the az and tr headlines: the Zangezur corridor opening)",
    "ai4": "The United States is to get development rights over the route (en, ru, fa, fr: for up to 99 years by reports; tr: 99 years by the US press; hy: no official term yet; fr: Yerevan confirmed no term)",
    "ai5": "Pashinyan stressed that the route stays under Armenian sovereignty and jurisdiction (en: and law; hy: and territorial integrity, on the basis of reciprocity, no 'corridor', part of the Crossroads of Peace)",
    "ai6": "Baku has for years demanded a link to Nakhchivan through Syunik, which it calls the Zangezur corridor (en, fr: a term Yerevan rejects; tr: linking Turkey to Azerbaijan and Central Asia)",
    "ai7": "Aliyev and Pashinyan jointly asked the OSCE to close the Minsk Group (az: and its related structures; ru, fr: co-chaired by Russia, the US and France)",
    "ai8": "Trump waived Section 907 of the Freedom Support Act of 1992, which restricted US government aid to Azerbaijan",
    "ai9": "The peace treaty is initialled but not yet signed, with no date set (the fr headline)",
    "ai10": "Baku's precondition for signing: Armenia must change its constitution, whose preamble refers to the 1990 Declaration of Independence, which Baku says implies a claim to Karabakh (az, tr: stated as Baku's demand or as fact; hy, fr: doubted; en, hy: Yerevan plans a referendum on a new constitution, no date set)",
    "ai11": "The two governments published the text of the treaty on Monday 11 August (the en headline)",
    "ai12": "The treaty's content: mutual recognition of territorial integrity, renunciation of territorial claims, no third-country forces along the border (en: interstate lawsuits dropped within a month of entry into force; fr: a clause analysts see as aimed at the EU mission)",
    "ai13": "Russia's foreign ministry welcomed the steps towards peace but said the region's problems should be settled by the countries of the region (ru: with the support of their neighbours Russia, Iran and Turkey)",
    "ai14": "Iran's foreign ministry welcomed the peace (the finalised text) but warned against foreign intervention near its borders (fa: the headline, and respect for sovereignty and territorial integrity)",
    "ai15": "Ali Akbar Velayati, adviser to Iran's Supreme Leader, threatened that Iran would block the route",
    "ai16": "Turkish President Recep Tayyip Erdogan welcomed the agreement (tr: saying it would contribute to lasting peace)",
    "ai17": "The Armenian opposition criticised the deal, accusing Pashinyan of giving up control over Syunik (ru: handing the south to the Americans; fr: a 'capitulation')",
    "ai18": "Aliyev and Pashinyan said they would support nominating Trump for the Nobel Peace Prize",
    "ai19": "Trump said the two countries had fought for 35 years and the conflict was now over (tr, ru: they would now be friends; fa: 'claimed' to have ended a 35-year war)",
    "ai20": "Background: the conflict over Karabakh since the late 1980s, more than three decades, and the war of 2020 (az, tr: the 44-day war that freed lands from occupation; en: a six-week war)",
    "ai21": "Background: Azerbaijan took over Karabakh in September 2023 (az: after 'local anti-terror measures'; en: a one-day offensive) and more than 100,000 Armenians left (en: fled; fr: exodus; hy: forcibly displaced; ru: left; az: sovereignty restored, no departure)",
    "ai22": "Each country also signed separate documents with the United States (az, tr: a memorandum on a strategic partnership charter with Azerbaijan; hy: Armenia's documents on energy and technology)",
    "ai23": "Aliyev credited Trump with achieving what the Minsk Group / the mediators had failed to achieve in thirty years (ru: doubted with 'поспешил')",
    "ai24": "The treaty text had already been agreed in March 2025",
}

ARTICLES_AI = {
    "en-capitol-ridge-wire.txt": {
        "header": " date 2025-08-12 (Capitol Ridge Wire)",
        "paragraphs": [
            [("Armenia and Azerbaijan publish peace treaty text as signing waits on Yerevan's constitution", ["ai11", "ai9", "ai10"], [])],
            [
                ("Armenia and Azerbaijan on Monday released the full text of the peace treaty their foreign ministers initialled at the White House last Friday, giving the public its first look at the 17-article document.", ["ai11", "ai2"], []),
                ("Jeyhun Bayramov and Ararat Mirzoyan put their initials to the text on 8 August, while President Ilham Aliyev and Prime Minister Nikol Pashinyan signed a joint declaration at a ceremony hosted by President Donald Trump.", ["ai2", "ai1"], []),
            ],
            [
                ("Under the published draft, the two neighbours would recognise each other's territorial integrity, renounce territorial claims against each other and keep third-country forces away from their shared border.", ["ai12"], []),
                ("They would also drop their lawsuits against each other in international courts within a month of the treaty entering into force.", ["ai12"], []),
                ("The treaty has not been signed, however, and Azerbaijan says it will not sign until Armenia removes from its constitution a reference to the 1990 Declaration of Independence, which Baku regards as a claim to Karabakh.", ["ai9", "ai10"], [att("says"), att("regards")]),
                ("Pashinyan has said a new constitution will be put to a referendum, but no date has been set.", ["ai10"], [att("said")]),
            ],
            [
                ("The summit's most concrete result is a transit route across Armenia's southern province of Syunik that would link mainland Azerbaijan with its exclave of Nakhchivan.", ["ai3"], []),
                ("The White House has named it the Trump Route for International Peace and Prosperity, or TRIPP, and the United States is to hold development rights over it, for as long as 99 years according to several reports.", ["ai3", "ai4"], [("hedge", "hearsay", "according to several reports")]),
                ("Pashinyan insisted that the route would operate under Armenian sovereignty, jurisdiction and law.", ["ai5"], [att("insisted")]),
                ("Baku has demanded such a link for years under the name of the Zangezur corridor, a term Yerevan rejects as a veiled claim on its land.", ["ai6"], [("loaded", "az-frame", "Zangezur corridor"), att("rejects")]),
                ("Syunik is Armenia's only province bordering Iran, and the planned route would run close to that frontier.", [], []),
            ],
            [
                ("Aliyev and Pashinyan also jointly asked the Organization for Security and Co-operation in Europe to wind up the Minsk Group, which had mediated between them since 1992 without a breakthrough.", ["ai7"], []),
                ("Trump, for his part, waived Section 907 of the 1992 Freedom Support Act, which had restricted US government aid to Azerbaijan.", ["ai8"], []),
                ("Both leaders said they would back Trump for the Nobel Peace Prize.", ["ai18"], [att("said")]),
            ],
            [
                ("Turkish President Recep Tayyip Erdoğan welcomed the agreement.", ["ai16"], [att("welcomed")]),
                ("Iran's foreign ministry welcomed it too but warned against any foreign intervention near its border, and Ali Akbar Velayati, an adviser to Supreme Leader Ali Khamenei, threatened that Iran would block the route.", ["ai14", "ai15"], [att("welcomed"), att("warned")]),
                ("In Yerevan, opposition parties accused Pashinyan of bargaining away Armenian control over Syunik.", ["ai17"], [att("accused")]),
                ("The two countries fought a six-week war over Karabakh in 2020, and in September 2023 Azerbaijan retook the region in a one-day offensive that prompted more than 100,000 Armenians to flee.", ["ai20", "ai21"], [("loaded", "neutral", "offensive"), mv("forced", "flee")]),
            ],
        ],
    },
    "ru-nevskii-telegraf.txt": {
        "header": " date 2025-08-10 (Невский телеграф)",
        "paragraphs": [
            [("Алиев и Пашинян подписали в Белом доме декларацию, права на транзит через Сюник получат США", ["ai1", "ai3", "ai4"], [])],
            [
                ("В пятницу в Белом доме президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян в присутствии Дональда Трампа подписали совместную декларацию.", ["ai1"], []),
                ("Главы МИД двух стран Джейхун Байрамов и Арарат Мирзоян парафировали текст мирного договора, согласованный ещё в марте.", ["ai2", "ai24"], []),
                ("Сам договор при этом не подписан, и когда до этого дойдёт дело, не знает никто.", ["ai9"], []),
            ],
            [
                ("Главный практический итог встречи — транзитный маршрут через Сюникскую область Армении, который должен связать основную территорию Азербайджана с Нахичеванью.", ["ai3"], []),
                ("В Вашингтоне его окрестили «Маршрутом Трампа во имя международного мира и процветания», а права на его освоение, по некоторым данным на 99 лет, получат Соединённые Штаты.", ["ai3", "ai4"], [("hedge", "hearsay", "по некоторым данным")]),
                ("В Баку этот путь по-прежнему называют Зангезурским коридором, которого Азербайджан добивался все последние годы.", ["ai6"], [att("называют"), ("loaded", "az-frame", "Зангезурским коридором")]),
                ("Пашинян, в свою очередь, заверил, что дорога останется под суверенитетом и юрисдикцией Армении.", ["ai5"], [att("заверил")]),
            ],
            [
                ("Лидеры также обратились к ОБСЕ с просьбой распустить Минскую группу, которую Россия возглавляла вместе с США и Францией.", ["ai7"], []),
                ("Трамп заявил, что две страны воевали 35 лет, а теперь будут дружить.", ["ai19"], [att("заявил")]),
                ("Алиев поспешил заявить, что американский президент сделал то, чего Минская группа не смогла добиться за три десятилетия.", ["ai23"], [doubt("поспешил")]),
            ],
            [
                ("В МИД России приветствовали шаги к миру, однако подчеркнули, что проблемы региона должны решать сами страны региона при поддержке ближайших соседей — России, Ирана и Турции.", ["ai13"], [att("приветствовали"), att("подчеркнули")]),
                ("Напомним, что по трёхстороннему заявлению 2020 года безопасность сообщения между Азербайджаном и Нахичеванью должны были обеспечивать российские пограничники.", [], []),
                ("В Тегеране так называемый «маршрут Трампа» встретили в штыки: советник верховного лидера Ирана Али Акбар Велаяти пригрозил, что Иран его заблокирует.", ["ai15"], [("scare-quote", "marker", "так называемый"), ("scare-quote", "distancing", "«маршрут Трампа»")]),
                ("Армянская оппозиция обвинила Пашиняна в том, что он отдаёт юг страны под контроль американцев.", ["ai17"], [att("обвинила")]),
            ],
            [
                ("Последние два года Ереван демонстративно отдаляется от Москвы, а в 2024 году заморозил участие в ОДКБ.", [], []),
                ("Армения и Азербайджан конфликтуют с конца 1980-х годов, а в сентябре 2023 года Баку за сутки установил контроль над Карабахом, после чего регион покинули более 100 тысяч армян.", ["ai20", "ai21"], [mv("departure", "покинули")]),
            ],
        ],
    },
    "hy-vorotan-lur.txt": {
        "header": " date 2025-08-12 (Որոտան լուր)",
        "paragraphs": [
            [("Սյունիքով անցնող ճանապարհը կմնա Հայաստանի ինքնիշխանության ներքո, հավաստիացնում է վարչապետը", ["ai5", "ai3"], [att("հավաստիացնում է")])],
            [
                ("Օգոստոսի 8-ին Սպիտակ տանը վարչապետ Նիկոլ Փաշինյանը և Ադրբեջանի նախագահ Իլհամ Ալիևը ԱՄՆ նախագահ Դոնալդ Թրամփի մասնակցությամբ ստորագրեցին համատեղ հռչակագիր։", ["ai1"], []),
                ("Նույն արարողության ժամանակ արտգործնախարարներ Արարատ Միրզոյանը և Ջեյհուն Բայրամովը նախաստորագրեցին խաղաղության պայմանագրի համաձայնեցված տեքստը։", ["ai2"], []),
                ("Երկուշաբթի՝ օգոստոսի 11-ին, երկու երկրների արտաքին գործերի նախարարությունները հրապարակեցին 17 հոդվածից բաղկացած փաստաթուղթը։", ["ai11"], []),
                ("Պայմանագրով կողմերը ճանաչում են միմյանց տարածքային ամբողջականությունը և հրաժարվում են միմյանց նկատմամբ տարածքային պահանջներից։", ["ai12"], []),
                ("Փաստաթուղթն արգելում է նաև երրորդ երկրների ուժերի տեղակայումը երկու պետությունների սահմանին։", ["ai12"], []),
            ],
            [
                ("Ամենաշատ քննարկվողը Սյունիքով անցնող տրանզիտային ճանապարհն է, որը պետք է կապի Ադրբեջանը Նախիջևանի հետ և կոչվելու է «Թրամփի ուղի՝ հանուն միջազգային խաղաղության և բարգավաճման»։", ["ai3"], []),
                ("Ճանապարհի զարգացման իրավունքները կստանա ամերիկյան կողմը, սակայն դրանց ժամկետի մասին պաշտոնական տեղեկություն դեռ չկա։", ["ai4"], []),
                ("Փաշինյանը շեշտել է, որ ուղին գործելու է Հայաստանի ինքնիշխանության, տարածքային ամբողջականության և իրավազորության ներքո՝ փոխադարձության սկզբունքով։", ["ai5"], [att("շեշտել է")]),
                ("Վարչապետի խոսքով՝ որևէ «միջանցքի» մասին խոսք լինել չի կարող, և նախագիծը «Խաղաղության խաչմերուկի» մի մասն է։", ["ai5"], [att("խոսքով"), ("scare-quote", "distancing", "«միջանցքի»"), ("loaded", "az-frame", "միջանցքի")]),
                ("Ալիևը և Փաշինյանը համատեղ դիմել են ԵԱՀԿ-ին՝ Մինսկի խումբը լուծարելու խնդրանքով։", ["ai7"], []),
            ],
            [
                ("Պայմանագիրը, սակայն, դեռ չի ստորագրվել, քանի որ Բաքուն պահանջում է նախապես փոխել Հայաստանի Սահմանադրությունը, որի նախաբանում հղում կա Անկախության հռչակագրին։", ["ai9", "ai10"], []),
                ("Ադրբեջանը պնդում է, թե այդ հղումը տարածքային պահանջ է Ղարաբաղի նկատմամբ։", ["ai10"], [doubt("պնդում է")]),
                ("Կառավարությունը նոր Սահմանադրության հանրաքվե է նախատեսում, սակայն դրա ամսաթիվը դեռ հայտնի չէ։", ["ai10"], []),
                ("Վաշինգտոնում Հայաստանն ու ԱՄՆ-ը ստորագրել են նաև էներգետիկայի և տեխնոլոգիաների ոլորտներում համագործակցության փաստաթղթեր։", ["ai22"], []),
            ],
            [
                ("Ընդդիմությունը մեղադրում է իշխանություններին Սյունիքի նկատմամբ վերահսկողությունը զիջելու մեջ։", ["ai17"], [att("մեղադրում է")]),
                ("Իրանի գերագույն առաջնորդի խորհրդական Ալի Աքբար Վելայաթին սպառնացել է, որ Իրանը կարգելափակի այդ ճանապարհը։", ["ai15"], []),
                ("2023 թվականի սեպտեմբերին Ադրբեջանի ռազմական հարձակումից հետո ավելի քան 100 հազար հայ բռնի տեղահանվեց Արցախից։", ["ai21"], [("loaded", "neutral", "ռազմական հարձակումից"), mv("forced", "բռնի տեղահանվեց")]),
                ("Ալիևն ու Փաշինյանը հայտարարել են, որ կաջակցեն Թրամփի թեկնածությանը Խաղաղության Նոբելյան մրցանակի համար։", ["ai18"], [att("հայտարարել են")]),
            ],
        ],
    },
    "az-sahdag-bulleteni.txt": {
        "header": " date 2025-08-09 (Şahdağ Bülleteni)",
        "paragraphs": [
            [("Vaşinqtonda tarixi sammit: Zəngəzur dəhlizinin açılmasına yaşıl işıq yandırıldı", ["ai1", "ai3"], [("loaded", "az-frame", "Zəngəzur dəhlizinin")])],
            [
                ("Avqustun 8-də Ağ Evdə Prezident İlham Əliyev və Ermənistanın baş naziri Nikol Paşinyan ABŞ Prezidenti Donald Trampın iştirakı ilə birgə bəyannamə imzalayıblar.", ["ai1"], []),
                ("Sənəddə Azərbaycanın illərdir gündəmə gətirdiyi, ölkənin əsas hissəsini Naxçıvan Muxtar Respublikası ilə birləşdirən maneəsiz nəqliyyat əlaqəsinin yaradılması nəzərdə tutulur.", ["ai3", "ai6"], []),
                ("Qərbi Zəngəzurdan keçəcək Zəngəzur dəhlizi ABŞ tərəfinin təklifi ilə “Beynəlxalq Sülh və Rifah naminə Tramp Marşrutu” adlanacaq.", ["ai3"], [("loaded", "az-frame", "Qərbi Zəngəzurdan"), ("loaded", "az-frame", "Zəngəzur dəhlizi")]),
                ("Xarici işlər nazirləri Ceyhun Bayramov və Ararat Mirzoyan da hələ martda razılaşdırılmış sülh sazişinin mətnini paraflayıblar.", ["ai2", "ai24"], []),
            ],
            [
                ("Liderlər ATƏT-ə Minsk qrupunun və onunla bağlı strukturların ləğv edilməsi barədə birgə müraciət ünvanlayıblar.", ["ai7"], []),
                ("Prezident İlham Əliyev bildirib ki, Minsk qrupunun otuz ildə edə bilmədiyini Prezident Tramp qısa müddətdə reallaşdırıb.", ["ai23"], [att("bildirib")]),
                ("Donald Tramp isə 35 il davam edən münaqişəyə son qoyulduğunu bəyan edib.", ["ai19"], [att("bəyan edib")]),
                ("Bundan əlavə, ABŞ Prezidenti “Azadlığa Dəstək Aktı”na 907-ci düzəlişin qüvvəsini dayandırıb.", ["ai8"], []),
                ("Qeyd edək ki, 1992-ci ildə qəbul edilmiş bu düzəliş Azərbaycana ABŞ hökumətinin yardımını məhdudlaşdırırdı.", ["ai8"], []),
                ("Azərbaycan və ABŞ strateji tərəfdaşlıq xartiyasının hazırlanması barədə memorandum da imzalayıb.", ["ai22"], []),
                ("Prezident İlham Əliyev və Nikol Paşinyan Donald Trampın Nobel Sülh Mükafatına namizədliyini dəstəkləyəcəklərini açıqlayıblar.", ["ai18"], [att("açıqlayıblar")]),
            ],
            [
                ("Sülh sazişinin imzalanması üçün isə Ermənistan öz Konstitusiyasından Azərbaycana qarşı ərazi iddialarını çıxarmalıdır.", ["ai9", "ai10"], []),
                ("Rəsmi Bakı dəfələrlə bəyan edib ki, Ermənistan Konstitusiyasının preambulası Qarabağa iddia ehtiva edən Müstəqillik Bəyannaməsinə istinad edir.", ["ai10"], [att("bəyan edib")]),
                ("Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Vaşinqtonda əldə olunan razılaşmaları alqışlayıb.", ["ai16"], [att("alqışlayıb")]),
            ],
            [
                ("Xatırladaq ki, Azərbaycan 2020-ci ildə 44 günlük Vətən müharibəsində torpaqlarını otuz illik işğaldan azad edib.", ["ai20"], [("loaded", "az-frame", "Vətən müharibəsində"), ("loaded", "contested", "işğaldan"), ("loaded", "az-frame", "azad edib")]),
                ("2023-cü ilin sentyabrında keçirilən lokal antiterror tədbirlərindən sonra isə ölkənin suverenliyi bütün ərazidə bərpa olunub.", ["ai21"], [("loaded", "az-frame", "lokal antiterror tədbirlərindən")]),
                ("Şübhəsiz, Zəngəzur dəhlizi bütün region üçün yeni imkanlar açacaq.", [], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "Zəngəzur dəhlizi")]),
            ],
        ],
    },
    "tr-kizilirmak-postasi.txt": {
        "header": " date 2025-08-09 (Kızılırmak Postası)",
        "paragraphs": [
            [("Bakü ile Erivan Beyaz Saray'da barışa imza attı, Zengezur Koridoru açılıyor", ["ai1", "ai3"], [("loaded", "az-frame", "Zengezur Koridoru")])],
            [
                ("ABD Başkanı Donald Trump'ın ev sahipliğinde Beyaz Saray'da bir araya gelen Azerbaycan Cumhurbaşkanı İlham Aliyev ile Ermenistan Başbakanı Nikol Paşinyan, 8 Ağustos'ta ortak bir bildiri imzaladı.", ["ai1"], []),
                ("Dışişleri bakanları Ceyhun Bayramov ile Ararat Mirzoyan da 17 maddelik barış anlaşmasının metnini parafladı.", ["ai2"], []),
            ],
            [
                ("Ermenistan'ın Sünik bölgesinden geçerek Azerbaycan'ı Nahçıvan'a bağlayacak güzergâhın adı “Uluslararası Barış ve Refah için Trump Güzergâhı” olacak.", ["ai3"], []),
                ("Bakü'nün yıllardır Zengezur Koridoru olarak adlandırdığı bu hat, Türkiye'yi de Nahçıvan üzerinden Azerbaycan'a ve Orta Asya'ya kesintisiz bağlayacak.", ["ai6"], [("loaded", "az-frame", "Zengezur Koridoru")]),
                ("Amerikan basınına göre ABD, güzergâhın geliştirilmesi için 99 yıllık haklar elde edecek.", ["ai4"], [att("basınına göre")]),
            ],
            [
                ("Trump, 35 yıldır süren çatışmaların sona erdiğini ve iki ülkenin artık dost olacağını söyledi.", ["ai19"], [("loaded", "neutral", "çatışmaların"), att("söyledi")]),
                ("Aliyev ise Trump'ın, arabulucuların otuz yılda başaramadığını birkaç ay içinde başardığını vurguladı.", ["ai23"], [att("vurguladı")]),
                ("Liderler ayrıca AGİT'e Minsk Grubu'nun kapatılması için ortak başvuruda bulundu.", ["ai7"], []),
                ("Trump, Özgürlüğü Destekleme Yasası'nın Azerbaycan'a ABD yardımını kısıtlayan 907'nci bölümünü de askıya aldı.", ["ai8"], []),
                ("Aliyev ve Paşinyan, Trump'ın Nobel Barış Ödülü'ne aday gösterilmesini destekleyeceklerini açıkladı.", ["ai18"], [att("açıkladı")]),
            ],
            [
                ("Cumhurbaşkanı Recep Tayyip Erdoğan, Washington'daki uzlaşmayı memnuniyetle karşıladığını belirterek sürecin bölgede kalıcı barışa katkı sunacağını söyledi.", ["ai16"], [att("memnuniyetle karşıladığını"), att("belirterek"), att("söyledi")]),
                ("Ankara, Ermenistan ile normalleşme sürecini Bakü ile eşgüdüm içinde yürütüyor.", [], []),
                ("Barış anlaşmasının imzalanması ise Ermenistan'ın anayasasını değiştirmesine bağlı.", ["ai9", "ai10"], []),
                ("Bakü, Ermenistan anayasasının başlangıç kısmında atıfta bulunulan Bağımsızlık Bildirgesi'nin Karabağ üzerinde toprak talebi içerdiğini belirtiyor.", ["ai10"], [att("belirtiyor")]),
                ("Azerbaycan ile ABD ayrıca stratejik ortaklık şartı hazırlanmasına ilişkin bir mutabakat zaptı imzaladı.", ["ai22"], []),
            ],
            [
                ("Azerbaycan, 2020'deki 44 günlük savaşta Ermeni işgali altındaki topraklarının büyük bölümünü kurtarmıştı.", ["ai20"], [("loaded", "contested", "işgali"), ("loaded", "az-frame", "kurtarmıştı")]),
                ("Kuşkusuz bu anlaşma, Güney Kafkasya'da yeni bir dönemin kapısını aralıyor.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
        ],
    },
    "fa-khabarname-ye-damavand.txt": {
        "header": " date 2025-08-11 (خبرنامه دماوند)",
        "paragraphs": [
            [("ایران ضمن استقبال از صلح باکو و ایروان درباره مداخله بیگانگان در مرزهای شمالی هشدار داد", ["ai14"], [att("استقبال"), att("هشدار داد")])],
            [
                ("وزارت امور خارجه جمهوری اسلامی ایران با استقبال از نهایی شدن متن توافق صلح میان جمهوری آذربایجان و ارمنستان، نسبت به هرگونه مداخله خارجی در نزدیکی مرزهای مشترک هشدار داد.", ["ai14"], [att("استقبال"), att("هشدار داد")]),
                ("در بیانیه این وزارتخانه بر ضرورت احترام به حاکمیت ملی و تمامیت ارضی کشورهای منطقه تأکید شده است.", ["ai14"], [att("تأکید شده است")]),
                ("روز جمعه ۱۷ مرداد، الهام علی‌اف رئیس‌جمهور جمهوری آذربایجان و نیکول پاشینیان نخست‌وزیر ارمنستان با میزبانی دونالد ترامپ در کاخ سفید بیانیه‌ای مشترک امضا کردند و وزیران خارجه دو کشور نیز متن توافق صلح را پاراف کردند.", ["ai1", "ai2"], []),
            ],
            [
                ("بر اساس این توافق، مسیری از استان سیونیک ارمنستان و در امتداد مرز ایران، سرزمین اصلی جمهوری آذربایجان را به نخجوان متصل خواهد کرد.", ["ai3"], []),
                ("کاخ سفید این مسیر را «مسیر ترامپ برای صلح و رفاه بین‌المللی» نامیده و به گفته رسانه‌های غربی، حق توسعه آن برای ۹۹ سال به آمریکا واگذار می‌شود.", ["ai3", "ai4"], [att("به گفته")]),
                ("باکو سال‌هاست از این مسیر با عنوان «کریدور زنگزور» یاد می‌کند و خواهان ایجاد آن است.", ["ai6"], [("scare-quote", "distancing", "«کریدور زنگزور»"), ("loaded", "az-frame", "کریدور زنگزور")]),
                ("علی‌اکبر ولایتی، مشاور رهبر انقلاب در امور بین‌الملل، هشدار داد که ایران اجازه ایجاد این گذرگاه را نخواهد داد و آن را مسدود خواهد کرد.", ["ai15"], [att("هشدار داد")]),
                ("ایران بارها اعلام کرده است که هرگونه تغییر در مرزهای بین‌المللی منطقه را خط قرمز خود می‌داند.", [], [att("اعلام کرده است")]),
                ("گذرگاه نوردوز در همین منطقه تنها گذرگاه مرزی میان ایران و ارمنستان است.", [], []),
            ],
            [
                ("پاشینیان تأکید کرده است که این مسیر تحت حاکمیت و صلاحیت قضایی ارمنستان باقی خواهد ماند.", ["ai5"], [att("تأکید کرده است")]),
                ("روسیه نیز ضمن استقبال از گام‌های صلح، اعلام کرد که مسائل منطقه باید به دست خود کشورهای منطقه حل شود.", ["ai13"], [att("استقبال"), att("اعلام کرد")]),
                ("ترامپ در این مراسم مدعی شد که به جنگی ۳۵ ساله پایان داده است.", ["ai19"], [doubt("مدعی شد")]),
                ("دو رهبر همچنین از سازمان امنیت و همکاری اروپا خواستند گروه مینسک را منحل کند.", ["ai7"], []),
            ],
            [
                ("جمهوری آذربایجان و ارمنستان از اواخر دهه ۱۹۸۰ بر سر قره‌باغ اختلاف داشته‌اند و در سال ۲۰۲۰ نیز جنگی ۴۴ روزه میان آنها درگرفت.", ["ai20"], []),
                ("به گفته برخی کارشناسان، حضور شرکت‌های آمریکایی در سیونیک می‌تواند پای نیروهای امنیتی غربی را به مرزهای ایران باز کند.", [], [att("به گفته"), ("hedge", "uncertain", "می‌تواند")]),
                ("پیمان صلح هنوز امضا نشده است و باکو امضای آن را به تغییر قانون اساسی ارمنستان مشروط کرده است.", ["ai9", "ai10"], []),
            ],
        ],
    },
    "fr-lanterne-d-orient.txt": {
        "header": " date 2025-08-13 (La Lanterne d'Orient)",
        "paragraphs": [
            [("Arménie-Azerbaïdjan : une paix paraphée à Washington, mais toujours pas signée", ["ai2", "ai9"], [])],
            [
                ("Cinq jours après la rencontre du 8 août à la Maison Blanche, le texte du traité de paix entre l'Arménie et l'Azerbaïdjan, rendu public lundi par les deux capitales, laisse bien des questions en suspens.", ["ai1", "ai11"], []),
                ("Sous le regard de Donald Trump, le président azerbaïdjanais Ilham Aliev et le premier ministre arménien Nikol Pachinian y ont signé une déclaration commune, tandis que leurs ministres des affaires étrangères, Jeyhun Bayramov et Ararat Mirzoyan, paraphaient l'accord.", ["ai1", "ai2"], []),
                ("Arrêtés dès le mois de mars, les dix-sept articles du traité prévoient la reconnaissance mutuelle de l'intégrité territoriale et l'abandon de toute revendication territoriale.", ["ai24", "ai12"], []),
                ("Ils interdisent aussi le déploiement de forces de pays tiers le long de la frontière commune, une clause qui, selon plusieurs analystes, pourrait viser la mission civile de l'Union européenne déployée côté arménien.", ["ai12"], [att("selon"), ("hedge", "uncertain", "pourrait")]),
                ("Aucune date de signature n'est pourtant fixée : Bakou exige d'abord que l'Arménie modifie sa Constitution, dont le préambule renvoie à la déclaration d'indépendance de 1990.", ["ai9", "ai10"], []),
                ("Ce texte évoque la réunification de l'Arménie soviétique et du Haut-Karabakh, ce que Bakou prétend lire comme une revendication territoriale.", ["ai10"], [doubt("prétend")]),
            ],
            [
                ("Le volet le plus commenté concerne une route de transit à travers la province arménienne du Syunik, qui doit relier l'Azerbaïdjan à son exclave du Nakhitchevan.", ["ai3"], []),
                ("Baptisée « route Trump pour la paix et la prospérité internationales », elle serait confiée pour 99 ans à des intérêts américains, selon la presse, même si Erevan n'a confirmé aucune durée.", ["ai3", "ai4"], [("hedge", "hearsay", "serait"), att("selon")]),
                ("Bakou y voit l'aboutissement de son « corridor de Zanguezour », un terme qu'Erevan récuse.", ["ai6"], [att("y voit"), ("scare-quote", "distancing", "« corridor de Zanguezour »"), ("loaded", "az-frame", "corridor de Zanguezour"), att("récuse")]),
                ("Nikol Pachinian martèle que la route restera sous souveraineté et juridiction arméniennes.", ["ai5"], [att("martèle")]),
            ],
            [
                ("Les deux dirigeants ont en outre demandé conjointement à l'OSCE de dissoudre le groupe de Minsk, que la France coprésidait avec les États-Unis et la Russie.", ["ai7"], []),
                ("Donald Trump a suspendu l'application de la section 907 du Freedom Support Act, qui limitait l'aide américaine à Bakou, et les deux dirigeants se sont dits prêts à soutenir sa candidature au prix Nobel de la paix.", ["ai8", "ai18"], [att("se sont dits")]),
            ],
            [
                ("À Moscou, la diplomatie russe a salué les pas vers la paix, tout en rappelant que les questions régionales devaient être réglées par les pays de la région.", ["ai13"], [att("salué"), att("rappelant")]),
                ("Téhéran a lui aussi salué l'accord mais mis en garde contre toute ingérence étrangère près de sa frontière, tandis qu'Ali Akbar Velayati, conseiller du Guide suprême, menaçait de bloquer la route.", ["ai14", "ai15"], [att("salué"), att("mis en garde")]),
                ("Le président turc, Recep Tayyip Erdogan, s'est félicité de l'accord.", ["ai16"], [att("s'est félicité")]),
                ("En Arménie, l'opposition dénonce une « capitulation » et accuse le gouvernement de brader le Syunik.", ["ai17"], [att("dénonce"), ("scare-quote", "distancing", "« capitulation »"), att("accuse")]),
                ("Les deux pays s'opposent depuis plus de trois décennies au sujet du Haut-Karabakh, que l'Azerbaïdjan a repris par la force en septembre 2023, provoquant l'exode de plus de 100 000 Arméniens.", ["ai20", "ai21"], [mv("exodus", "exode")]),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (aj): real events, like karabakh-exodus-2023, tavush-villages-2024 and
# washington-summit-2025. The early withdrawal of the Russian peacekeeping contingent from
# Karabakh in spring 2024: Dmitry Peskov confirming on 17 April that it had begun, after
# Azerbaijani media reported it; the contingent (about 2,000, 1,960 in the ru article) deployed
# under the trilateral statement of 10 November 2020 that ended the 44-day war, for five years with
# automatic extension; the withdrawal agreed between Moscow and Baku without Yerevan; the joint
# Russian-Turkish monitoring centre near Aghdam closing in late April; the columns leaving for
# Russia with their equipment and the withdrawal completed in June, as Russia's defence ministry
# reported; background on the offensive of 19-20 September 2023 and the departure of more than
# 100,000 Karabakh Armenians, the blockade of the Lachin corridor, the peacekeepers killed on 20
# September 2023, Armenia's CSTO freeze and the Russian base in Gyumri; the reactions of Baku,
# Yerevan, Moscow and analysts; as seven fictional outlets would report them in April (en, hy, de,
# tr) and June 2024 (ru, az, fr). Facts, dates and names are real; figures only where well known;
# the reactions are attributed to officials, commentators or analysts without quoting anyone's
# exact words. Every sentence is original, none taken or paraphrased from a real outlet. Written
# blind, without looking at the concept lexicon, the cue lexicons, the aligner or the shipped
# samples. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AJ = {
    "aj1": "On Wednesday 17 April 2024 Kremlin spokesman Dmitry Peskov confirmed that the Russian peacekeepers had begun leaving Karabakh (the en, hy, de and tr headlines naming the start of the withdrawal; fr: the start in mid-April)",
    "aj2": "Azerbaijani media had reported the withdrawal first (en, hy: citing unnamed sources; az: on 17 April)",
    "aj3": "The contingent (about 2,000 troops; ru: 1,960) was deployed in November 2020 under the trilateral statement of 10 November 2020 that ended the 44-day war (az: signed after Azerbaijan's victory in the 'Patriotic War')",
    "aj4": "The mandate ran for five years, until 2025, with automatic extension unless a party objected, so the withdrawal comes early (az: about a year and a half early; the en and de headlines)",
    "aj5": "The withdrawal was agreed between Moscow and Baku",
    "aj6": "Armenia, a signatory of the 2020 statement, was not part of the decision (en, hy: Armenian officials said they learned of it from the press; de: according to Yerevan; the hy headline)",
    "aj7": "The joint Russian-Turkish monitoring centre near Aghdam, which had watched the ceasefire since 2021, ended its work in late April 2024 (the tr headline)",
    "aj8": "The peacekeepers' columns left with their personnel, weapons and equipment for Russia",
    "aj9": "The withdrawal was completed in June 2024, as Russia's defence ministry reported (the ru, az and fr headlines)",
    "aj10": "Background: Azerbaijan's one-day offensive of 19-20 September 2023, which brought Karabakh under Baku's control (az, tr: 'anti-terror measures' against 'illegal Armenian armed groups', stated plainly; ru: a military operation)",
    "aj11": "Background: after the offensive more than 100,000 Karabakh Armenians, almost the whole Armenian population, left for Armenia (en, de: fled; hy: forcibly displaced; fr: exodus; ru: left; az, tr: left of their own will)",
    "aj12": "Armenian critics say the peacekeepers failed to protect the Karabakh Armenians during the offensive of September 2023 (tr: doubted with 'öne sürüyor'; ru: doubted with 'утверждают')",
    "aj13": "Azerbaijan blockaded the Lachin corridor, which the peacekeepers were to control under the 2020 statement, for nine months from December 2022, and the peacekeepers did not keep it open (en, de, fr: as an accusation of the Karabakh Armenians; hy: stated in the outlet's voice)",
    "aj14": "Baku says the peacekeeping mission lost its purpose once Azerbaijan restored its sovereignty over the region (hy: doubted with 'պնդում է')",
    "aj15": "Azerbaijani officials hail the withdrawal as the end of any foreign military presence on Azerbaijan's territory (the az headline)",
    "aj16": "Several Russian peacekeepers (en, ru: five) were killed on 20 September 2023 when their vehicle was fired on (ru: and Ilham Aliyev apologised to Vladimir Putin)",
    "aj17": "Armenian officials and commentators see the withdrawal as proof that Russia failed as Armenia's ally and security guarantor (az: presented as Russia's 'betrayal', doubted; the fr headline)",
    "aj18": "Armenia froze its participation in the Russian-led CSTO earlier in 2024 (hy: announced by Pashinyan in February)",
    "aj19": "Russia's defence ministry and officials say the peacekeepers fulfilled their mission (ru: kept the ceasefire, escorted aid and helped civilians; fr: saved lives)",
    "aj20": "Russia still keeps its military base (the 102nd) in Gyumri, Armenia (background)",
    "aj21": "Analysts see the withdrawal as a sign of Russia's waning influence in the South Caucasus since the start of its war in Ukraine",
}

ARTICLES_AJ = {
    "en-amber-ridge-wire.txt": {
        "header": " date 2024-04-18 (Amber Ridge Wire)",
        "paragraphs": [
            [("Russian peacekeepers begin leaving Karabakh more than a year before their mandate ends", ["aj1", "aj4"], [])],
            [
                ("Russia has started withdrawing its peacekeeping contingent from Karabakh, the Kremlin confirmed on Wednesday, cutting short a deployment that was due to run until late 2025.", ["aj1", "aj4"], [att("confirmed")]),
                ("The pull-out was first reported by Azerbaijani media citing unnamed sources, and Kremlin spokesman Dmitry Peskov later told reporters that the reports were true.", ["aj2", "aj1"], [att("citing"), att("told")]),
                ("The decision was reached between Moscow and Baku.", ["aj5"], []),
                ("Armenia, the third signatory of the 2020 ceasefire deal, was not part of it, and officials in Yerevan said they had learned of the withdrawal from the press.", ["aj6"], [("loaded", "neutral", "ceasefire"), att("said")]),
            ],
            [
                ("About 2,000 Russian troops were deployed to the region under the trilateral statement of 10 November 2020, which ended six weeks of war between Armenia and Azerbaijan.", ["aj3"], []),
                ("Their mandate ran for five years and was to be extended automatically unless one of the parties objected.", ["aj4"], []),
                ("Baku has long argued that the mission lost its purpose once Azerbaijan restored its sovereignty over the region.", ["aj14"], [att("argued")]),
            ],
            [
                ("In a one-day offensive on 19–20 September last year, Azerbaijan's army defeated the Karabakh Armenian forces, and more than 100,000 ethnic Armenians, almost the region's entire Armenian population, then fled to Armenia.", ["aj10", "aj11"], [("loaded", "neutral", "offensive"), ("armed-label", "neutral", "Karabakh Armenian forces"), mv("forced", "fled")]),
                ("Many of them accuse the peacekeepers of standing by while Azerbaijan blockaded the Lachin corridor, the region's only road to Armenia, for nine months, and then failing to protect them during the offensive.", ["aj13", "aj12"], [att("accuse"), ("loaded", "hy-frame", "blockaded"), ("loaded", "neutral", "offensive")]),
                ("The Russian contingent itself lost five men on 20 September, when their vehicle was fired on.", ["aj16"], [("agency", "agentless", "was fired on")]),
            ],
            [
                ("Armenian officials have increasingly accused Moscow of failing its obligations as an ally, and Yerevan froze its participation in the Russian-led Collective Security Treaty Organization earlier this year.", ["aj17", "aj18"], [att("accused")]),
                ("Analysts said the early pull-out showed how far Russia's influence in the South Caucasus had shrunk since the start of its war in Ukraine.", ["aj21"], [att("said")]),
            ],
        ],
    },
    "hy-zhamanaki-zang.txt": {
        "header": " date 2024-04-18 (Ժամանակի զանգ)",
        "paragraphs": [
            [("Ռուս խաղաղապահները հեռանում են Արցախից՝ առանց Երևանի համաձայնության", ["aj1", "aj6"], [])],
            [
                ("Կրեմլի խոսնակ Դմիտրի Պեսկովը ապրիլի 17-ին հաստատեց, որ ռուսական խաղաղապահ զորակազմը սկսել է դուրս գալ Լեռնային Ղարաբաղից։", ["aj1"], [att("հաստատեց")]),
                ("Դրանից առաջ այդ մասին, անանուն աղբյուրներին հղում անելով, հաղորդել էին ադրբեջանական լրատվամիջոցները։", ["aj2"], [att("հղում անելով")]),
                ("Զորքերի դուրսբերման շուրջ պայմանավորվել են Մոսկվան ու Բաքուն, իսկ Հայաստանը, որը 2020 թվականի նոյեմբերի 10-ի եռակողմ հայտարարության ստորագրողներից է, այդ որոշմանը մասնակից չի եղել։", ["aj5", "aj6"], []),
                ("Պաշտոնական Երևանի ներկայացուցիչները խոստովանում են, որ դուրսբերման մասին տեղեկացել են լրատվամիջոցներից։", ["aj6"], [att("խոստովանում են")]),
            ],
            [
                ("Շուրջ երկու հազար ռուս զինվորական Արցախում տեղակայվել էր 44-օրյա պատերազմին վերջ դրած այդ հայտարարությամբ՝ հինգ տարի ժամկետով։", ["aj3", "aj4"], []),
                ("Առաքելությունն ինքնաբերաբար երկարաձգվելու էր, եթե կողմերից որևէ մեկը չառարկեր, այնպես որ խաղաղապահները հեռանում են ժամկետից շուտ։", ["aj4"], []),
                ("2022 թվականի դեկտեմբերից Ադրբեջանը շրջափակեց Լաչինի միջանցքը, որը եռակողմ հայտարարությամբ գտնվում էր խաղաղապահների վերահսկողության ներքո։", ["aj13"], [("loaded", "hy-frame", "շրջափակեց")]),
                ("Ինը ամիս շարունակ խաղաղապահները չկարողացան կամ չցանկացան բացել ճանապարհը, և Արցախը մնաց առանց սննդի, դեղորայքի ու վառելիքի։", ["aj13"], []),
            ],
            [
                ("2023 թվականի սեպտեմբերի 19-ին Ադրբեջանը ռազմական հարձակում սկսեց, և ռուս զինվորականները չպաշտպանեցին խաղաղ բնակչությանը։", ["aj10", "aj12"], [("loaded", "neutral", "ռազմական հարձակում")]),
                ("Ավելի քան 100 հազար հայ բռնի տեղահանվեց իր հայրենիքից։", ["aj11"], [mv("forced", "բռնի տեղահանվեց")]),
                ("Սեպտեմբերյան այդ օրերին կրակի տակ էր հայտնվել նաև խաղաղապահների մեքենան, և զոհվել էին մի քանի ռուս զինծառայողներ։", ["aj16"], []),
                ("Բաքուն պնդում է, թե ինքնիշխանության վերականգնումից հետո խաղաղապահ առաքելությունն այլևս իմաստ չունի։", ["aj14"], [doubt("պնդում է")]),
            ],
            [
                ("Քաղաքագետների կարծիքով՝ դուրսբերումը ևս մեկ անգամ ցույց է տալիս, որ Ռուսաստանը ձախողվել է որպես Հայաստանի անվտանգության երաշխավոր և դաշնակից։", ["aj17"], [att("կարծիքով")]),
                ("Փետրվարին վարչապետ Նիկոլ Փաշինյանը հայտարարեց, որ Հայաստանը սառեցրել է իր մասնակցությունը ՀԱՊԿ-ին։", ["aj18"], [att("հայտարարեց")]),
                ("Գյումրիում, սակայն, շարունակում է գործել ռուսական 102-րդ ռազմաբազան։", ["aj20"], []),
            ],
        ],
    },
    "de-suedhang-zeitung.txt": {
        "header": " date 2024-04-20 (Südhang-Zeitung)",
        "paragraphs": [
            [("Moskau zieht seine Friedenstruppen vorzeitig aus Bergkarabach ab", ["aj1", "aj4"], [])],
            [
                ("Russland hat mit dem Abzug seiner Friedenstruppen aus Bergkarabach begonnen.", ["aj1"], []),
                ("Kremlsprecher Dmitri Peskow bestätigte am Mittwoch entsprechende Berichte aserbaidschanischer Medien.", ["aj1", "aj2"], [att("bestätigte")]),
                ("Armenien, das die Erklärung von 2020 mitunterzeichnet hatte, wurde nach Angaben aus Eriwan in die Entscheidung nicht einbezogen.", ["aj6"], [att("nach Angaben")]),
            ],
            [
                ("Die rund 2000 russischen Soldaten waren im November 2020 auf Grundlage einer Dreiererklärung der Staatschefs Russlands, Aserbaidschans und Armeniens stationiert worden, die den 44-tägigen Krieg beendete.", ["aj3"], []),
                ("Ihr Mandat galt für fünf Jahre und hätte sich 2025 automatisch verlängert, wenn keine Seite widersprochen hätte.", ["aj4"], []),
                ("Im September vergangenen Jahres hatte die aserbaidschanische Armee Bergkarabach in einer eintägigen Offensive unter ihre Kontrolle gebracht.", ["aj10"], [("loaded", "neutral", "Offensive")]),
                ("Mehr als 100.000 Karabach-Armenier, fast die gesamte armenische Bevölkerung der Region, flohen daraufhin nach Armenien.", ["aj11"], [mv("forced", "flohen")]),
                ("Viele von ihnen werfen den russischen Soldaten vor, sie weder während der monatelangen Blockade des Latschin-Korridors noch während der Offensive geschützt zu haben.", ["aj13", "aj12"], [att("werfen"), ("loaded", "hy-frame", "Blockade"), ("loaded", "neutral", "Offensive")]),
                ("Bei den Kämpfen im September waren auch mehrere russische Friedenssoldaten getötet worden, als ihr Fahrzeug beschossen wurde.", ["aj16"], [("loaded", "neutral", "Kämpfen"), ("agency", "agentless", "getötet worden"), ("agency", "agentless", "beschossen wurde")]),
            ],
            [
                ("Armenische Politiker sehen in dem Abzug einen weiteren Beleg dafür, dass auf Russland als Schutzmacht kein Verlass mehr sei.", ["aj17"], [att("sehen")]),
                ("Russland unterhält allerdings weiterhin einen Militärstützpunkt im armenischen Gjumri.", ["aj20"], []),
                ("Beobachter werten den vorzeitigen Abzug als Zeichen dafür, dass Moskaus Einfluss im Südkaukasus seit Beginn des Krieges gegen die Ukraine schwindet.", ["aj21"], [att("werten")]),
            ],
        ],
    },
    "tr-goksu-haberci.txt": {
        "header": " date 2024-04-29 (Göksu Haberci)",
        "paragraphs": [
            [("Rus barış gücü Karabağ'dan çekiliyor, Türk-Rus Ortak Merkezi görevini tamamladı", ["aj1", "aj7"], [])],
            [
                ("2021'in başından bu yana Türk ve Rus askerlerinin birlikte görev yaptığı Ağdam yakınlarındaki Türk-Rus Ortak Merkezi, Karabağ'daki ateşkesi izleme görevini tamamladı.", ["aj7"], [("loaded", "neutral", "ateşkesi")]),
                ("Kremlin Sözcüsü Dmitriy Peskov, Rus barış gücü askerlerinin Karabağ'dan ayrılmaya başladığını 17 Nisan'da doğrulamıştı.", ["aj1"], [att("doğrulamıştı")]),
                ("Çekilme kararı Bakü ile Moskova arasındaki mutabakatla alındı.", ["aj5"], []),
            ],
            [
                ("Yaklaşık 2 bin kişilik Rus birliği, 44 günlük savaşı sona erdiren 10 Kasım 2020 tarihli üçlü bildiri uyarınca bölgeye konuşlandırılmıştı.", ["aj3"], []),
                ("Azerbaycan, 19 Eylül 2023'te bölgede yasa dışı Ermeni silahlı gruplarına karşı terörle mücadele tedbirleri başlatmış, operasyon bir gün içinde sonuçlanmıştı.", ["aj10"], [label("yasa dışı Ermeni silahlı gruplarına"), ("loaded", "az-frame", "terörle mücadele"), ("loaded", "neutral", "operasyon")]),
                ("Bakü yönetimi, egemenliğin tüm bölgede yeniden tesis edilmesinin ardından barış gücüne ihtiyaç kalmadığını vurguluyor.", ["aj14"], [att("vurguluyor")]),
                ("Azerbaycanlı yetkililer çekilmeyi, Azerbaycan toprakları üzerindeki yabancı askeri varlığın sona ermesi olarak değerlendiriyor.", ["aj15"], [att("değerlendiriyor")]),
            ],
            [
                ("Karabağ'daki Ermenilerin büyük bölümü ise operasyonun ardından kendi istekleriyle Ermenistan'a gitmişti.", ["aj11"], [("loaded", "neutral", "operasyonun"), mv("voluntary", "kendi istekleriyle"), mv("departure", "gitmişti")]),
                ("Ermenistan'da bazı çevreler, Rus askerlerinin Karabağ Ermenilerini koruyamadığını öne sürüyor.", ["aj12"], [doubt("öne sürüyor")]),
                ("Erivan yönetimi de Rusya'nın müttefiklik yükümlülüklerini yerine getirmediğini savunuyor.", ["aj17"], [att("savunuyor")]),
                ("Ermenistan bu yılın başında Rusya öncülüğündeki Kolektif Güvenlik Antlaşması Örgütü'ndeki (KGAÖ) faaliyetlerini dondurmuştu.", ["aj18"], []),
                ("Kuşkusuz bu gelişme, Güney Kafkasya'da kalıcı barış yolunda yeni bir sayfa açıyor.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
        ],
    },
    "ru-rannii-ekspress.txt": {
        "header": " date 2024-06-14 (Ранний экспресс)",
        "paragraphs": [
            [("Российские миротворцы завершили вывод из Карабаха", ["aj9"], [])],
            [
                ("Министерство обороны России сообщило о завершении вывода российского миротворческого контингента из Нагорного Карабаха.", ["aj9"], [att("сообщило")]),
                ("Колонны с личным составом, вооружением и техникой вернулись в Россию.", ["aj8"], []),
                ("В военном ведомстве подчёркивают, что миротворцы полностью выполнили поставленные перед ними задачи.", ["aj19"], [att("подчёркивают"), ("booster", "booster", "полностью")]),
                ("За три с половиной года они следили за соблюдением режима прекращения огня, сопровождали гуманитарные грузы и оказывали помощь мирным жителям.", ["aj19"], [("loaded", "neutral", "прекращения огня")]),
            ],
            [
                ("О начале вывода пресс-секретарь президента Дмитрий Песков объявил 17 апреля, подтвердив сообщения азербайджанских СМИ.", ["aj1", "aj2"], [att("подтвердив")]),
                ("Решение о досрочном выводе было согласовано с Баку.", ["aj5"], []),
                ("Контингент численностью 1960 военнослужащих был развёрнут в ноябре 2020 года согласно трёхстороннему заявлению лидеров России, Азербайджана и Армении, которое остановило 44-дневную войну.", ["aj3"], []),
                ("Миротворцы должны были находиться в регионе пять лет с автоматическим продлением, если ни одна из сторон не заявит о своём несогласии.", ["aj4"], []),
                ("В конце апреля прекратил работу и российско-турецкий мониторинговый центр в Агдамском районе.", ["aj7"], []),
            ],
            [
                ("В Баку считают, что после восстановления азербайджанского суверенитета над Карабахом необходимость в миротворцах отпала.", ["aj14"], [att("считают")]),
                ("После однодневной военной операции Азербайджана в сентябре прошлого года регион покинули более 100 тысяч армян.", ["aj10", "aj11"], [("loaded", "neutral", "военной операции"), mv("departure", "покинули")]),
                ("Напомним, что 20 сентября погибли пятеро российских миротворцев, автомобиль которых был обстрелян, и президент Ильхам Алиев принёс извинения Владимиру Путину.", ["aj16"], [("agency", "agentless", "был обстрелян")]),
                ("В Ереване, однако, утверждают, что миротворцы не защитили армян Карабаха.", ["aj12"], [doubt("утверждают")]),
                ("Армянское руководство, взявшее курс на сближение с Западом, заморозило участие страны в ОДКБ.", ["aj18"], []),
                ("При этом в Гюмри по-прежнему размещена 102-я российская военная база.", ["aj20"], []),
                ("Так называемые западные партнёры Еревана давно добивались ухода России с Южного Кавказа.", [], [("scare-quote", "marker", "Так называемые")]),
            ],
        ],
    },
    "az-seher-kuleyi.txt": {
        "header": " date 2024-06-15 (Səhər küləyi)",
        "paragraphs": [
            [("Rusiya sülhməramlıları Qarabağı tərk etdi: ərazimizdə xarici hərbi qüvvə qalmadı", ["aj9", "aj15"], [])],
            [
                ("Rusiya sülhməramlı kontingentinin Azərbaycan ərazisindən çıxarılması başa çatıb.", ["aj9"], []),
                ("Rusiya Müdafiə Nazirliyi kontingentin şəxsi heyətinin, silah və texnikasının tam çıxarıldığını açıqlayıb.", ["aj9", "aj8"], [att("açıqlayıb")]),
                ("Hərbi texnika ilə yüklənmiş kolonlar Rusiyaya yola salınıb.", ["aj8"], []),
                ("Nazirlik sülhməramlıların qarşıya qoyulan vəzifələri yerinə yetirdiyini də bildirib.", ["aj19"], [att("bildirib")]),
            ],
            [
                ("Sülhməramlıların vaxtından əvvəl çıxarılması barədə qərar Azərbaycan ilə Rusiya arasında razılaşdırılıb.", ["aj5"], []),
                ("Bu barədə ilk məlumatı aprelin 17-də Azərbaycan mediası yaymış, həmin gün Kremlin sözçüsü Dmitri Peskov xəbəri təsdiqləmişdi.", ["aj2", "aj1"], [att("təsdiqləmişdi")]),
                ("Kontingent 2020-ci il noyabrın 10-da imzalanmış üçtərəfli bəyanata əsasən Qarabağ iqtisadi rayonunun bir hissəsində müvəqqəti yerləşdirilmişdi.", ["aj3"], [("loaded", "az-frame", "Qarabağ iqtisadi rayonunun")]),
                ("Bəyanat 44 günlük Vətən müharibəsində Azərbaycanın qələbəsindən sonra imzalanmışdı.", ["aj3"], [("loaded", "az-frame", "Vətən müharibəsində")]),
                ("Sənədə görə sülhməramlılar beş il müddətinə yerləşdirilmişdi, lakin onların missiyası vaxtından təxminən il yarım əvvəl başa çatıb.", ["aj4"], [att("Sənədə görə")]),
            ],
            [
                ("Xatırladaq ki, 2023-cü il sentyabrın 19-da Azərbaycan Ordusu qanunsuz erməni silahlı birləşmələrinə qarşı lokal xarakterli antiterror tədbirlərinə başlamış və bir gün ərzində onları tərksilah etmişdi.", ["aj10"], [label("qanunsuz erməni silahlı birləşmələrinə"), ("loaded", "az-frame", "lokal xarakterli antiterror tədbirlərinə")]),
                ("Bundan sonra erməni sakinlərin böyük hissəsi öz istəyi ilə bölgədən getmişdi.", ["aj11"], [("loaded", "az-frame", "erməni sakinlərin"), mv("voluntary", "öz istəyi ilə"), mv("departure", "getmişdi")]),
                ("Rəsmi Bakı bildirir ki, suverenliyimiz bütün ərazidə bərpa olunandan sonra sülhməramlı missiyaya ehtiyac qalmamışdı.", ["aj14"], [att("bildirir")]),
                ("Aprelin sonunda Ağdamdakı Türkiyə-Rusiya Birgə Monitorinq Mərkəzinin fəaliyyətinə də xitam verilib.", ["aj7"], []),
                ("Rəsmi şəxslər sülhməramlıların çıxarılmasını ölkə ərazisində xarici hərbi varlığa son qoyulması kimi qiymətləndirirlər.", ["aj15"], [att("qiymətləndirirlər")]),
            ],
            [
                ("Ermənistanda isə bəzi dairələr bu addımı Rusiyanın müttəfiqinə “xəyanəti” kimi təqdim etməyə çalışır.", ["aj17"], [("scare-quote", "distancing", "“xəyanəti”"), doubt("təqdim etməyə çalışır")]),
                ("Qeyd edək ki, Ermənistan bu ilin əvvəlində KTMT-dəki iştirakını dondurduğunu elan edib.", ["aj18"], [att("elan edib")]),
                ("Şübhəsiz, Qarabağda Böyük Qayıdış prosesi indi daha da sürətlənəcək.", [], [("booster", "booster", "Şübhəsiz"), ("loaded", "az-frame", "Böyük Qayıdış")]),
            ],
        ],
    },
    "fr-courrier-du-plateau.txt": {
        "header": " date 2024-06-17 (Le Courrier du Plateau)",
        "paragraphs": [
            [("Karabakh : les derniers soldats russes sont partis, l'Arménie fait le deuil d'une alliance", ["aj9", "aj17"], [])],
            [
                ("Le retrait du contingent russe de maintien de la paix du Haut-Karabakh est achevé, a annoncé le ministère russe de la Défense.", ["aj9"], [att("a annoncé")]),
                ("Les colonnes de blindés et de camions ont quitté la région avec leur armement et leur matériel pour regagner la Russie.", ["aj8"], []),
                ("Le départ avait commencé à la mi-avril, lorsque le porte-parole du Kremlin, Dmitri Peskov, l'avait confirmé.", ["aj1"], [att("confirmé")]),
                ("Moscou et Bakou en ont décidé entre eux, sans associer Erevan, pourtant signataire de la déclaration trilatérale de novembre 2020.", ["aj5", "aj6"], []),
            ],
            [
                ("Ce texte, qui avait mis fin à la guerre de 44 jours, prévoyait le déploiement de quelque 2 000 soldats russes pour cinq ans, renouvelables tacitement.", ["aj3", "aj4"], []),
                ("Fin avril, le centre conjoint russo-turc de surveillance du cessez-le-feu, installé près d'Aghdam, avait lui aussi cessé ses activités.", ["aj7"], [("loaded", "neutral", "cessez-le-feu")]),
                ("Bakou estime que la mission n'avait plus de raison d'être depuis que l'Azerbaïdjan a rétabli sa souveraineté sur l'ensemble du Karabakh.", ["aj14"], [att("estime")]),
                ("Les autorités azerbaïdjanaises saluent la fin de toute présence militaire étrangère sur leur sol.", ["aj15"], [att("saluent")]),
            ],
            [
                ("L'offensive éclair des 19 et 20 septembre 2023 avait provoqué l'exode de plus de 100 000 Arméniens du Karabakh vers l'Arménie.", ["aj10", "aj11"], [("loaded", "neutral", "offensive éclair"), mv("exodus", "exode")]),
                ("Beaucoup reprochent aux soldats russes de les avoir abandonnés, d'abord pendant les neuf mois de blocus du corridor de Latchine, puis au moment de l'offensive.", ["aj13", "aj12"], [att("reprochent"), ("loaded", "hy-frame", "blocus"), ("loaded", "neutral", "offensive")]),
                ("À Erevan, responsables et commentateurs y voient l'échec de la Russie en tant qu'alliée et garante de la sécurité arménienne.", ["aj17"], [att("y voient")]),
                ("L'Arménie a gelé en début d'année sa participation à l'Organisation du traité de sécurité collective (OTSC), l'alliance militaire dirigée par Moscou.", ["aj18"], []),
                ("Le pays se tourne désormais vers l'Union européenne, dont une mission civile d'observation est déployée à sa frontière depuis 2023.", [], []),
            ],
            [
                ("À Moscou, on assure au contraire que les soldats de la paix ont rempli leur mission et sauvé des vies.", ["aj19"], [att("assure")]),
                ("Selon de nombreux analystes, ce départ illustre surtout le recul de l'influence russe dans le Caucase du Sud, alors que Moscou concentre ses forces en Ukraine.", ["aj21"], [att("Selon")]),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (ak): real events, like karabakh-exodus-2023, tavush-villages-2024,
# washington-summit-2025 and peacekeepers-withdrawal-2024. The crash of Azerbaijan Airlines
# flight J2-8243, an Embraer 190 from Baku to Grozny, near Aktau (Kazakhstan) on Wednesday 25
# December 2024 and the days after: 67 on board, 38 dead (both pilots among them), 29 survivors;
# the turn away from Grozny across the Caspian; Rosaviatsia's early bird-strike version; the holes
# in the tail and the experts' air-defence hypothesis; sources in Baku naming a Russian Pantsir-S;
# AZAL's "external physical and technical interference" of 27 December and its suspended flights
# to Russian cities; the Ukrainian drone attacks on Grozny at the time; the landing the plane was
# denied in Russia; the survivors' bang; Aliyev turning back from the CIS summit and the day of
# mourning on 26 December; Peskov's call to wait for the investigation; Putin's apology of 28
# December for the "tragic incident" in Russian airspace, without saying that Russian air defence
# hit the plane; Aliyev's words of 29 December (shot at from the ground by Russia, unintentionally;
# his demands; the hushing-up); Kazakhstan's investigation and the recorders sent to Brazil;
# Kyiv's blame; MH17 as background. As seven fictional outlets would report them on 25-26 December
# (en, ru, tr) and 28-30 December 2024 (de, uk, az, fr). Facts, dates and names are real; figures
# only where well known; quoted words are short and illustrative. Every sentence is original, none
# taken or paraphrased from a real outlet. Written blind, without looking at the concept lexicon,
# the cue lexicons, the aligner or the shipped samples. Do not rewrite these sentences to suit the
# tool.
# ---------------------------------------------------------------------------------------------
FACTS_AK = {
    "ak1": "On Wednesday 25 December 2024 an Azerbaijan Airlines (AZAL) Embraer 190, flight J2-8243 from Baku to Grozny, crashed near Aktau, Kazakhstan, while attempting an emergency landing (the en, ru, tr, de and fr headlines; sentences that name the crash only as the context of later news are not ak1)",
    "ak2": "67 people were on board, 62 passengers and five crew (en: 37 Azerbaijani, 16 Russian, six Kazakh and three Kyrgyz passengers by Kazakh officials; ru: 16 Russian citizens; the en headline)",
    "ak3": "38 people were killed and 29 survived, many of them injured (en, ru: taken to hospitals; the en and tr headlines)",
    "ak4": "Both pilots were among the dead (tr: credited with bringing the damaged plane across the sea and saving passengers; az: trying to keep it in the air to the end)",
    "ak5": "Instead of landing in Grozny, the plane turned away and flew across the Caspian Sea towards Aktau",
    "ak6": "Russia's aviation agency Rosaviatsia said early on that, by preliminary information, a bird strike had caused the emergency and the captain had decided to divert to Aktau (ru: with fog over Grozny, and the ru headline; tr: doubted as 'iddia'; uk: doubted with 'стверджувала'; az: among the 'absurd versions' in Aliyev's words)",
    "ak7": "Photos of the wreck showed many holes in the tail section, which experts said looked like damage from the fragments of an air-defence missile (ru: doubted with 'утверждают'; uk: stated with the booster 'безумовно')",
    "ak8": "Sources in Baku / close to the Azerbaijani government said the plane had been hit over Grozny by a Russian Pantsir-S air-defence system (ru: with no official confirmation)",
    "ak9": "On Friday 27 December AZAL said preliminary findings pointed to 'external physical and technical interference' (quoted in de and uk, plain in az)",
    "ak10": "At the time, Russian air defence was repelling Ukrainian drone attacks on Grozny (uk: also Mozdok and Vladikavkaz), as the Kremlin's account of the Putin-Aliyev call said",
    "ak11": "The damaged plane was not allowed to land at Russian airports and had to fly on across the Caspian (az: in Aliyev's words; fr: hearsay with 'se serait vu refuser')",
    "ak12": "Survivors said they had heard a loud bang or explosion outside the plane",
    "ak13": "Ilham Aliyev, flying to the informal CIS summit in St Petersburg, turned back to Baku on hearing of the crash",
    "ak14": "Azerbaijan declared Thursday 26 December a day of national mourning (the tr headline)",
    "ak15": "AZAL suspended its flights to several Russian cities",
    "ak16": "The Kremlin (Peskov) said it would be wrong to build hypotheses before the investigation's findings / the investigation must run its course",
    "ak17": "On Saturday 28 December Putin apologised to Aliyev by phone that the 'tragic incident' had happened in Russian airspace, without saying that Russian air defence had hit the plane (quoted in de, uk and fr, plain in az; the de and fr headlines)",
    "ak18": "On Sunday 29 December Aliyev said the plane had been shot at from the ground over Russia, by Russia, though not deliberately (az: and electronic warfare partly disabled its controls; the uk and az headlines)",
    "ak19": "Aliyev demanded that Russia admit its guilt, punish those responsible and pay compensation to Azerbaijan, the injured and the victims' families (the uk and fr headlines)",
    "ak20": "Aliyev said Russia had tried to hush the matter up in the first days with 'absurd versions' (az: the bird strike and a gas cylinder explosion)",
    "ak21": "Kazakhstan, where the plane crashed, leads the investigation through a government commission (ru: with Russian specialists), and its officials urged waiting for the findings",
    "ak22": "The flight recorders are to be decoded in Brazil, Embraer's home country",
    "ak23": "Ukrainian officials blamed Russian air defence for downing the plane",
    "ak24": "Background: Malaysia Airlines flight MH17 was shot down over eastern Ukraine in 2014 (en, uk: by a Russian Buk missile; de: agentless), killing all 298 on board",
}

ARTICLES_AK = {
    "en-kestrel-line-wire.txt": {
        "header": " date 2024-12-25 (Kestrel Line Wire)",
        "paragraphs": [
            [("Azerbaijani airliner crashes in Kazakhstan, killing 38 of 67 on board", ["ak1", "ak3", "ak2"], [])],
            [
                ("An Azerbaijan Airlines passenger jet flying from Baku to Grozny in southern Russia crashed near the Kazakh port city of Aktau on Wednesday, killing 38 people, Kazakh officials said.", ["ak1", "ak3"], [att("said")]),
                ("Twenty-nine people survived, many of them with serious injuries, and were taken to hospitals in Aktau.", ["ak3"], []),
                ("The Embraer 190, operating flight J2-8243, was carrying 62 passengers and five crew members.", ["ak2"], []),
                ("Of the passengers, 37 were citizens of Azerbaijan, 16 of Russia, six of Kazakhstan and three of Kyrgyzstan, according to Kazakh officials.", ["ak2"], [att("according to")]),
            ],
            [
                ("Instead of landing in the Chechen capital, the jet turned east across the Caspian Sea and came down a few kilometres from Aktau airport as the crew attempted an emergency landing.", ["ak5", "ak1"], []),
                ("Russia's aviation watchdog, Rosaviatsia, said that according to preliminary information the captain had decided to divert to Aktau after a bird strike.", ["ak6"], [att("said"), ("hedge", "uncertain", "according to preliminary information")]),
                ("But pictures of the wreckage shared online showed dozens of small holes in the tail section, and some aviation analysts said the damage looked more like the work of fragments from an air-defence missile than of birds.", ["ak7"], [att("said")]),
            ],
            [
                ("Kazakhstan, on whose territory the plane came down, has set up a government commission to investigate, and officials in Astana cautioned against drawing conclusions before it reports.", ["ak21"], [att("cautioned")]),
                ("Azerbaijan's President Ilham Aliyev, who was flying to an informal summit of post-Soviet leaders in St Petersburg, turned back to Baku on hearing the news.", ["ak13"], []),
                ("He declared Thursday a day of national mourning.", ["ak14"], []),
                ("The captain and the co-pilot were among the dead, the airline said.", ["ak4"], [att("said")]),
            ],
            [
                ("Chechnya has come under Ukrainian drone attacks several times in recent months.", [], [("loaded", "neutral", "attacks")]),
                ("The pictures of the tail revived memories of Malaysia Airlines flight MH17, brought down over eastern Ukraine in 2014 by a Russian Buk missile with the loss of all 298 people on board.", ["ak24"], []),
                ("Aktau, an oil and port town on the eastern shore of the Caspian, lies across the sea from Russia's North Caucasus.", [], []),
                ("Azerbaijan Airlines, the state carrier, flies to a number of Russian cities, home to a large Azerbaijani diaspora.", [], []),
            ],
        ],
    },
    "ru-vechernii-perron.txt": {
        "header": " date 2024-12-26 (Вечерний перрон)",
        "paragraphs": [
            [("Самолёт AZAL разбился под Актау, по предварительной версии — из-за столкновения с птицами", ["ak1", "ak6"], [("hedge", "uncertain", "по предварительной версии")])],
            [
                ("В среду под казахстанским Актау потерпел крушение пассажирский самолёт Embraer 190 авиакомпании «Азербайджанские авиалинии» (AZAL), выполнявший рейс из Баку в Грозный.", ["ak1"], []),
                ("На борту находились 62 пассажира и пять членов экипажа, среди пассажиров — 16 граждан России.", ["ak2"], []),
                ("Погибли 38 человек, ещё 29 выжили и с травмами разной степени тяжести доставлены в больницы.", ["ak3"], []),
                ("Среди погибших — оба пилота.", ["ak4"], []),
            ],
            [
                ("По данным Росавиации, над Грозным стоял густой туман, и командир воздушного судна принял решение уйти на запасной аэродром в Актау.", ["ak6", "ak5"], [att("По данным")]),
                ("Предварительной причиной нештатной ситуации в ведомстве назвали столкновение с птицами.", ["ak6"], [("hedge", "uncertain", "Предварительной"), att("назвали")]),
                ("Самолёт пересёк Каспийское море и пытался совершить экстренную посадку в нескольких километрах от аэропорта Актау.", ["ak5", "ak1"], []),
            ],
            [
                ("В соцсетях распространились снимки обломков, на хвостовой части которых видны многочисленные пробоины.", ["ak7"], []),
                ("Ряд западных экспертов утверждают, что такие повреждения могли оставить осколки зенитной ракеты.", ["ak7"], [doubt("утверждают"), ("hedge", "uncertain", "могли")]),
                ("Некоторые СМИ со ссылкой на источники в Баку пишут, что самолёт был поражён российским зенитным комплексом «Панцирь-С», однако официального подтверждения этому нет.", ["ak8"], [att("со ссылкой на"), att("пишут")]),
            ],
            [
                ("Пресс-секретарь президента России Дмитрий Песков заявил, что строить какие-либо гипотезы до выводов расследования было бы неправильно.", ["ak16"], [att("заявил")]),
                ("Расследование ведёт Казахстан, на территории которого упал самолёт, к работе комиссии подключились и российские специалисты.", ["ak21"], []),
                ("В Астане также призвали не делать поспешных выводов.", ["ak21"], []),
            ],
            [
                ("Президент Азербайджана Ильхам Алиев, летевший на неформальный саммит СНГ в Санкт-Петербург, развернул свой самолёт и вернулся в Баку.", ["ak13"], []),
                ("Сегодня, 26 декабря, в Азербайджане объявлен день общенационального траура.", ["ak14"], []),
                ("Участники саммита в Петербурге почтили память погибших минутой молчания.", [], []),
            ],
        ],
    },
    "tr-kuzey-cinari.txt": {
        "header": " date 2024-12-26 (Kuzey Çınarı)",
        "paragraphs": [
            [("Azerbaycan yasta: Aktau'daki uçak kazasında 38 kişi hayatını kaybetti", ["ak14", "ak1", "ak3"], [])],
            [
                ("Bakü'den Grozni'ye giden Azerbaycan Hava Yolları'na (AZAL) ait Embraer 190 tipi yolcu uçağı, 25 Aralık Çarşamba günü Kazakistan'ın Aktau kenti yakınlarında acil iniş yapmaya çalışırken düştü.", ["ak1"], []),
                ("Uçakta 62 yolcu ve 5 mürettebat olmak üzere toplam 67 kişi bulunuyordu.", ["ak2"], []),
                ("Kazada 38 kişi hayatını kaybetti, 29 kişi ise yaralı olarak kurtuldu.", ["ak3"], []),
                ("Cumhurbaşkanı İlham Aliyev'in kararıyla 26 Aralık, Azerbaycan'da ulusal yas günü ilan edildi.", ["ak14"], []),
                ("Sankt Petersburg'daki gayriresmi BDT zirvesine gitmekte olan Aliyev, kaza haberini alınca uçağını Bakü'ye geri çevirdi.", ["ak13"], []),
            ],
            [
                ("Rusya Federal Hava Taşımacılığı Ajansı (Rosaviatsiya), uçağın kuşlara çarptığını ve kaptan pilotun bu nedenle Aktau'ya yönelmeye karar verdiğini açıkladı.", ["ak6"], [att("açıkladı")]),
                ("Ancak uçağın kuyruk bölümünde görülen çok sayıda delik, kuş çarpması iddiasını ciddi biçimde sorgulatıyor.", ["ak7"], [doubt("iddiasını")]),
                ("Havacılık uzmanları, deliklerin bir hava savunma füzesinin şarapnel parçalarından kaynaklanmış olabileceğini belirtiyor.", ["ak7"], [att("belirtiyor"), ("hedge", "uncertain", "olabileceğini")]),
                ("Azerbaycan hükümetine yakın kaynaklar ise uçağın Grozni üzerinde Rus Pantsir-S hava savunma sistemi tarafından vurulduğunu söyledi.", ["ak8"], [att("söyledi")]),
            ],
            [
                ("Kazadan kurtulan bazı yolcular, uçak Grozni'ye yaklaşırken dışarıdan gelen bir patlama sesi duyduklarını anlattı.", ["ak12"], [att("anlattı")]),
                ("Hayatını kaybeden kaptan pilot ile yardımcı pilotun, hasarlı uçağı Hazar Denizi üzerinden Aktau'ya kadar götürerek birçok yolcunun hayatta kalmasını sağladığı belirtiliyor.", ["ak4", "ak5"], [att("belirtiliyor")]),
                ("Kuşkusuz iki pilotun gösterdiği cesaret, Azerbaycan halkının hafızasından hiç silinmeyecek.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
            [
                ("Kremlin Sözcüsü Dmitriy Peskov ise soruşturma sonuçlanmadan hipotez kurmanın doğru olmayacağını söyledi.", ["ak16"], [att("söyledi")]),
                ("Kazanın yaşandığı Kazakistan, soruşturmayı yürütmek üzere bir hükümet komisyonu kurdu.", ["ak21"], []),
                ("Türkiye Dışişleri Bakanlığı da kardeş Azerbaycan'a başsağlığı diledi.", [], []),
            ],
        ],
    },
    "de-lotsenwarte.txt": {
        "header": " date 2024-12-28 (Die Lotsenwarte)",
        "paragraphs": [
            [("Flugzeugabsturz in Kasachstan: Putin entschuldigt sich bei Alijew", ["ak1", "ak17"], [])],
            [
                ("Der russische Präsident Wladimir Putin hat sich bei seinem aserbaidschanischen Amtskollegen Ilham Alijew dafür entschuldigt, dass sich der „tragische Zwischenfall“ im russischen Luftraum ereignet habe.", ["ak17"], [("scare-quote", "distancing", "„tragische Zwischenfall“")]),
                ("Nach Angaben des Kremls geschah dies am Samstag in einem Telefonat der beiden Staatschefs.", ["ak17"], [att("Nach Angaben")]),
                ("Von einem Treffer durch die russische Flugabwehr war in der Mitteilung keine Rede.", ["ak17"], []),
                ("Stattdessen hieß es darin, die Luftabwehr habe zu diesem Zeitpunkt über Grosny Angriffe ukrainischer Drohnen abgewehrt.", ["ak17", "ak10"], [att("hieß es"), ("loaded", "neutral", "Angriffe")]),
            ],
            [
                ("Die Embraer 190 von Azerbaijan Airlines war am ersten Weihnachtstag von Baku nach Grosny unterwegs, als sie abdrehte und über das Kaspische Meer in Richtung Kasachstan flog.", ["ak5"], []),
                ("Beim Versuch einer Notlandung nahe der Hafenstadt Aktau stürzte sie ab.", ["ak1"], []),
                ("38 der 67 Menschen an Bord kamen ums Leben, 29 überlebten, viele von ihnen schwer verletzt.", ["ak3", "ak2"], []),
            ],
            [
                ("Die russische Luftfahrtbehörde Rosawiazija hatte zunächst einen Vogelschlag als Ursache genannt.", ["ak6"], [att("genannt")]),
                ("Fotos des Wracks zeigen jedoch zahlreiche Löcher im Heck, die nach Einschätzung von Fachleuten von Splittern einer Flugabwehrrakete stammen könnten.", ["ak7"], [att("nach Einschätzung"), ("hedge", "uncertain", "könnten")]),
                ("Aus aserbaidschanischen Regierungskreisen verlautete, die Maschine sei über Grosny von einem russischen Flugabwehrsystem vom Typ Panzir-S getroffen worden.", ["ak8"], [att("verlautete")]),
                ("Überlebende berichteten von einem lauten Knall außen am Flugzeug.", ["ak12"], [att("berichteten")]),
            ],
            [
                ("Die Fluggesellschaft selbst erklärte am Freitag, vorläufige Ergebnisse deuteten auf eine „äußere physische und technische Einwirkung“ hin.", ["ak9"], [att("erklärte"), ("hedge", "uncertain", "vorläufige"), ("scare-quote", "distancing", "„äußere physische und technische Einwirkung“")]),
                ("Zudem setzte sie ihre Flüge in mehrere russische Städte aus.", ["ak15"], []),
                ("Der Kreml hatte zuvor davor gewarnt, vor dem Abschluss der Ermittlungen Hypothesen aufzustellen.", ["ak16"], [att("gewarnt")]),
                ("In Kiew hieß es, die russische Flugabwehr habe die Maschine abgeschossen.", ["ak23"], [att("hieß es")]),
                ("Der Fall weckt Erinnerungen an Flug MH17, der 2014 über der Ostukraine abgeschossen wurde, wobei alle 298 Insassen getötet wurden.", ["ak24"], [("agency", "agentless", "abgeschossen wurde"), ("agency", "agentless", "getötet wurden")]),
            ],
        ],
    },
    "uk-livoberezhnyi-ohliadach.txt": {
        "header": " date 2024-12-29 (Лівобережний оглядач)",
        "paragraphs": [
            [("Алієв: літак AZAL збила Росія, Баку вимагає визнання провини та компенсацій", ["ak18", "ak19"], [])],
            [
                ("Президент Азербайджану Ільхам Алієв у неділю заявив, що пасажирський літак Azerbaijan Airlines, який 25 грудня розбився біля казахстанського Актау, збила з землі Росія.", ["ak18"], [att("заявив")]),
                ("За його словами, це сталося ненавмисно, проте Москва має визнати провину, покарати винних і виплатити компенсації державі, пораненим та родинам загиблих.", ["ak18", "ak19"], [att("За його словами")]),
                ("Алієв також дорікнув російській стороні, що в перші три дні вона намагалася зам'яти справу й висувала «абсурдні версії».", ["ak20"], [att("дорікнув"), ("scare-quote", "distancing", "«абсурдні версії»")]),
            ],
            [
                ("Напередодні Володимир Путін у телефонній розмові з Алієвим вибачився за те, що «трагічний інцидент» стався в російському повітряному просторі.", ["ak17"], [("scare-quote", "distancing", "«трагічний інцидент»")]),
                ("Визнати, що літак збила російська ППО, Кремль так і не наважився.", ["ak17"], []),
                ("У кремлівському повідомленні лише згадувалося, що саме тоді російська протиповітряна оборона відбивала атаки українських безпілотників на Грозний, Моздок і Владикавказ.", ["ak17", "ak10"], [att("згадувалося"), ("loaded", "neutral", "атаки")]),
            ],
            [
                ("Росавіація в перші години після катастрофи стверджувала, що причиною аварії стало зіткнення з птахами.", ["ak6"], [doubt("стверджувала")]),
                ("Проте фотографії уламків із численними пробоїнами в хвостовій частині, безумовно, свідчать про ураження осколками зенітної ракети.", ["ak7"], [("booster", "booster", "безумовно")]),
                ("Пошкоджений літак не отримав дозволу на посадку в жодному з російських аеропортів і мусив летіти через Каспійське море.", ["ak11", "ak5"], []),
                ("Пасажири, які вижили, розповідали про гучний вибух за бортом.", ["ak12"], [att("розповідали")]),
                ("Із 67 людей на борту загинули 38, решта 29 вижили, більшість із них поранені.", ["ak3", "ak2"], []),
            ],
            [
                ("Українські посадовці ще в день катастрофи заявили, що літак підбила російська протиповітряна оборона.", ["ak23"], [att("заявили")]),
                ("Навіть сама AZAL у п'ятницю визнала, що літак зазнав «зовнішнього фізичного й технічного втручання».", ["ak9"], [att("визнала"), ("scare-quote", "distancing", "«зовнішнього фізичного й технічного втручання»")]),
                ("Авіакомпанія призупинила рейси до низки російських міст.", ["ak15"], []),
                ("Бортові самописці, за даними казахстанської сторони, передадуть для розшифрування до Бразилії, де виробляють літаки Embraer.", ["ak22"], [att("за даними")]),
            ],
            [
                ("Десять років тому російський зенітний комплекс «Бук» збив над Донбасом малайзійський Boeing рейсу MH17, тоді загинули всі 298 людей на борту.", ["ak24"], []),
                ("Москва досі заперечує свою причетність до тієї катастрофи.", [], [att("заперечує")]),
            ],
        ],
    },
    "az-sema-carcisi.txt": {
        "header": " date 2024-12-29 (Səma carçısı)",
        "paragraphs": [
            [("Prezident İlham Əliyev: Təyyarəmiz Rusiya səmasında yerdən atəşə tutulub", ["ak18"], [("agency", "agentless", "atəşə tutulub")])],
            [
                ("Prezident İlham Əliyev dekabrın 29-da dövlət televiziyasına verdiyi müsahibədə AZAL-a məxsus sərnişin təyyarəsinin Rusiya səmasında yerdən vurulduğunu bəyan edib.", ["ak18"], [att("bəyan edib"), ("agency", "agentless", "vurulduğunu")]),
                ("Dövlət başçısının sözlərinə görə, təyyarə qəsdən olmasa da Rusiya tərəfindən vurulub, üstəlik elektron müharibə vasitələri səbəbindən idarəolunma qabiliyyətini qismən itirib.", ["ak18"], [att("sözlərinə görə")]),
                ("Prezident Rusiya tərəfindən təqsirin etiraf olunmasını, günahkarların cəzalandırılmasını, həmçinin Azərbaycan dövlətinə, yaralanan sərnişinlərə və həlak olanların ailələrinə təzminat ödənilməsini tələb edib.", ["ak19"], []),
                ("İlham Əliyev təəssüflə qeyd edib ki, ilk üç gün ərzində Rusiyada hadisəni ört-basdır etməyə çalışıblar, quşla toqquşma və qaz balonunun partlaması kimi absurd versiyalar səsləndirilib.", ["ak20", "ak6"], [att("qeyd edib")]),
            ],
            [
                ("Bundan bir gün əvvəl Rusiya Prezidenti Vladimir Putin İlham Əliyevə zəng edərək faciəli hadisənin Rusiya hava məkanında baş verməsinə görə üzr istəyib.", ["ak17"], []),
                ("Lakin Kremlin yaydığı məlumatda təyyarənin Rusiyanın hava hücumundan müdafiə vasitələri ilə vurulduğu etiraf olunmayıb.", ["ak17"], []),
            ],
            [
                ("Xatırladaq ki, dekabrın 25-də Bakıdan Qroznıya uçan Embraer 190 tipli təyyarə Qazaxıstanın Aktau şəhəri yaxınlığında qəzaya uğrayıb.", ["ak1"], []),
                ("Göyərtədə olan 67 nəfərdən 38-i həlak olub, 29 nəfər isə xəsarətlə sağ qalıb.", ["ak3", "ak2"], []),
                ("Həlak olanlar arasında son ana qədər təyyarəni havada saxlamağa çalışan hər iki pilot da var.", ["ak4"], []),
                ("Prezidentin sözlərinə görə, zədələnmiş təyyarəyə Rusiya hava limanlarında enməyə icazə verilməyib və o, Xəzər dənizi üzərindən Aktaua yönəldilib.", ["ak11", "ak5"], [att("sözlərinə görə")]),
                ("Dekabrın 26-sı ölkəmizdə ümummilli matəm günü elan olunmuşdu.", ["ak14"], []),
            ],
            [
                ("AZAL hələ dekabrın 27-də ilkin nəticələrin təyyarənin xarici fiziki və texniki müdaxiləyə məruz qaldığını göstərdiyini açıqlamışdı.", ["ak9"], [att("açıqlamışdı"), ("hedge", "uncertain", "ilkin")]),
                ("Aviaşirkət Rusiyanın bir sıra şəhərlərinə reysləri dayandırıb.", ["ak15"], []),
                ("Qəzanın təhqiqatına Qazaxıstan rəhbərlik edir, təyyarənin uçuş qeydiyyatçıları isə deşifrə olunmaq üçün Braziliyaya göndərilir.", ["ak21", "ak22"], []),
                ("Şübhəsiz, xalqımız həlak olan soydaşlarımızın və qəhrəman ekipajın xatirəsini həmişə uca tutacaq.", [], [("booster", "booster", "Şübhəsiz")]),
            ],
        ],
    },
    "fr-gazette-des-steppes.txt": {
        "header": " date 2024-12-30 (La Gazette des Steppes)",
        "paragraphs": [
            [("Crash d'Azerbaijan Airlines : Aliev exige des aveux de Moscou, qui s'en tient à des excuses", ["ak1", "ak19", "ak17"], [])],
            [
                ("Quatre jours après le crash d'un avion d'Azerbaijan Airlines près d'Aktau, au Kazakhstan, le président azerbaïdjanais Ilham Aliev a accusé dimanche la Russie de l'avoir abattu, sans le vouloir.", ["ak18"], [att("a accusé")]),
                ("Selon lui, l'Embraer 190 qui reliait Bakou à Grozny a été touché par des tirs venus du sol alors qu'il survolait le territoire russe.", ["ak18"], [att("Selon"), ("agency", "agentless", "a été touché")]),
                ("Il exige que Moscou reconnaisse sa culpabilité, punisse les responsables et indemnise l'État azerbaïdjanais, les blessés et les familles des victimes.", ["ak19"], []),
                ("Le chef de l'État reproche aussi à la Russie d'avoir cherché, pendant les premiers jours, à étouffer l'affaire.", ["ak20"], [att("reproche")]),
            ],
            [
                ("La veille, Vladimir Poutine avait présenté ses excuses à son homologue pour ce « tragique incident » survenu dans l'espace aérien russe.", ["ak17"], [("scare-quote", "distancing", "« tragique incident »")]),
                ("Le communiqué du Kremlin évoquait des attaques de drones ukrainiens que la défense antiaérienne repoussait au même moment au-dessus de Grozny, sans dire que l'avion avait été touché par celle-ci.", ["ak17", "ak10"], [att("évoquait"), ("loaded", "neutral", "attaques")]),
                ("Le Kremlin répète que l'enquête doit suivre son cours.", ["ak16"], [att("répète")]),
            ],
            [
                ("L'appareil, avec 67 personnes à bord, s'est écrasé le 25 décembre en tentant de se poser près d'Aktau, sur la rive orientale de la Caspienne, après avoir renoncé à atterrir à Grozny.", ["ak1", "ak2", "ak5"], []),
                ("Trente-huit personnes ont péri, dont les deux pilotes, et vingt-neuf ont survécu.", ["ak3", "ak4"], []),
                ("Les autorités russes de l'aviation civile avaient d'abord évoqué une collision avec des oiseaux.", ["ak6"], [att("évoqué")]),
                ("Mais les photos de la queue de l'appareil, criblée de trous, ont vite orienté les experts vers l'hypothèse d'un missile sol-air.", ["ak7"], []),
                ("Selon plusieurs témoignages, l'équipage se serait vu refuser l'atterrissage dans les aéroports russes de la région.", ["ak11"], [att("Selon"), ("hedge", "hearsay", "se serait vu")]),
            ],
            [
                ("L'enquête est conduite par le Kazakhstan, où l'avion s'est écrasé, et les autorités d'Astana appellent à attendre ses conclusions.", ["ak21"], []),
                ("Les enregistreurs de vol doivent être analysés au Brésil, pays du constructeur Embraer.", ["ak22"], []),
                ("À Kiev, les autorités ont d'emblée mis en cause la défense antiaérienne russe.", ["ak23"], [att("mis en cause")]),
                ("En janvier 2020, l'Iran avait fini par reconnaître, trois jours après les faits, que ses Gardiens de la révolution avaient abattu par erreur un Boeing ukrainien peu après son décollage de Téhéran.", [], [att("reconnaître")]),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (al): real events, like karabakh-exodus-2023, tavush-villages-2024,
# washington-summit-2025, peacekeepers-withdrawal-2024 and azal-crash-2024. The confrontation
# between Armenia's government and the Armenian Apostolic Church in June-July 2025: the Russian-
# Armenian billionaire Samvel Karapetyan, who had publicly defended the Church against Nikol
# Pashinyan the day before, detained at his home in Yerevan on Wednesday 18 June 2025 and charged
# with public calls to seize power, then remanded for two months; Pashinyan's announcement the
# same day that the state would nationalise Electric Networks of Armenia, owned by Karapetyan's
# Tashir group since 2015 (bought from Inter RAO); Pashinyan's campaign for the removal of
# Catholicos Garegin II; Peskov's words; the supporters' "political prisoner"; Pashinyan's visit
# to Erdogan in Istanbul on 20 June; Archbishop Bagrat Galstanyan arrested on 25 June, accused of
# plotting a coup, with others detained; Archbishop Mikael Ajapahyan detained after a standoff at
# Etchmiadzin; the Mother See's protest; the law of early July letting the state take over the
# network's management; the opposition's "persecution" before the elections of June 2026; the
# analysts' reading of a blow to Moscow's influence; background (Tavush for the Homeland in 2024,
# the CSTO freeze, the Church's place). As seven fictional outlets would report them on 19-21 June
# (en, tr), 26-29 June (ru, az, hy) and 4-5 July 2025 (fr, de). Facts, dates and names are real;
# no figure is given beyond the dates, the two months and 2015; reactions are paraphrased, and the
# only quoted words are short. Every sentence is original, none taken or paraphrased from a real
# outlet. Written blind, without looking at the concept lexicon, the cue lexicons, the aligner or
# the shipped samples. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AL = {
    "al1": "On Wednesday 18 June 2025 Armenian security services detained the Russian-Armenian billionaire Samvel Karapetyan at his home in Yerevan (the en and de headlines; hy, az: agentless)",
    "al2": "The day before (hours before), Karapetyan had publicly defended the Armenian Apostolic Church against Pashinyan, saying that if the politicians failed he would take part in his own way (en: quoted)",
    "al3": "Investigators charged him with public calls to seize power",
    "al4": "A court in Yerevan ordered Karapetyan held in pre-trial detention for two months",
    "al5": "On the day of the arrest Pashinyan announced that the state would nationalise Electric Networks of Armenia, owned by Karapetyan's group (the en and tr headlines; hy: which many call confiscation)",
    "al6": "Electric Networks of Armenia is the country's only electricity distributor and has belonged to Karapetyan's Tashir group since 2015 (ru, de: bought from Russia's state-controlled Inter RAO)",
    "al7": "Background: Karapetyan made his fortune in Russia, where his Tashir group is a large construction and property business (ru: a Russian citizen and Tashir's owner; az: a billionaire in Russia)",
    "al8": "In the preceding weeks Pashinyan had waged a campaign against the Church's leadership, demanding that Catholicos Garegin II step down (ru: publicly accusing him of breaking his vow of celibacy)",
    "al9": "Kremlin spokesman Dmitry Peskov said Moscow was following the case closely (en, ru: and hoped the rights of Karapetyan, also a Russian citizen, would be respected)",
    "al10": "Karapetyan's relatives, lawyers and supporters call the case political and him a political prisoner (fr: and the nationalisation a disguised expropriation; tr: doubted with 'ileri sürüyor')",
    "al11": "On Wednesday 25 June Archbishop Bagrat Galstanyan, primate of the Tavush diocese, was arrested, accused by the authorities of plotting a coup / a seizure of power (the ru, hy and az headlines; hy: doubted with 'պնդում են')",
    "al12": "Several other people were detained in the same case and searches were carried out",
    "al13": "Background: in 2024 Galstanyan led the Tavush for the Homeland protests against the handover of border land / villages to Azerbaijan and demanded Pashinyan's resignation (az: the return of four formerly 'occupied' villages of the Gazakh district)",
    "al14": "The Mother See of Holy Etchmiadzin condemned the arrests of clerics as persecution of the Church (ru: the archbishop's supporters call the charges fabricated)",
    "al15": "Archbishop Mikael Ajapahyan, primate of the Shirak diocese, was also arrested, after a standoff at Etchmiadzin where believers had tried to stop the security forces (the hy headline: two archbishops held)",
    "al16": "In early July parliament passed a law allowing the state to take over the management of Electric Networks of Armenia (the fr and de headlines)",
    "al17": "The opposition calls the arrests political persecution / a purge of critics ahead of the parliamentary elections of June 2026",
    "al18": "Pashinyan says he is defending the state and the constitutional order, accusing senior clergy of meddling in politics (ru, hy: doubted)",
    "al19": "On Friday 20 June Pashinyan visited Istanbul and met Recep Tayyip Erdogan (tr: at Dolmabahce, on normalisation and the regional peace agenda; the tr headline)",
    "al20": "Analysts (and the tr outlet, with a booster) read the crackdown as aimed at weakening Moscow's levers of influence in Armenia",
    "al21": "Background: Armenia froze its participation in the Russian-led CSTO in 2024",
    "al22": "Background: the Armenian Apostolic Church as a pillar of national identity in the first country to adopt Christianity as its state religion, in the early fourth century (en: with its seat in Etchmiadzin)",
}

ARTICLES_AL = {
    "en-harbourlight-wire.txt": {
        "header": " date 2025-06-19 (Harbourlight Wire)",
        "paragraphs": [
            [("Armenia detains billionaire who defended the Church and moves to nationalise his power grid", ["al1", "al2", "al5"], [])],
            [
                ("Armenian security services on Wednesday detained Samvel Karapetyan, a Russian-Armenian billionaire, at his home in Yerevan, hours after he spoke out in defence of the Armenian Apostolic Church.", ["al1", "al2"], []),
                ("Investigators said he had been charged with publicly calling for the seizure of power.", ["al3"], [att("said")]),
            ],
            [
                ("On Tuesday Karapetyan said publicly that he had always stood with the Church and that, if the politicians failed to protect it, he would take part “in his own way”.", ["al2"], [att("said"), ("scare-quote", "distancing", "“in his own way”")]),
                ("His remarks came as Prime Minister Nikol Pashinyan pressed an increasingly bitter campaign against the Church's leadership, including calls for Catholicos Garegin II to step down.", ["al8"], []),
            ],
            [
                ("Within hours of the arrest, Pashinyan announced that the state would nationalise Electric Networks of Armenia, the power distributor owned by Karapetyan's group.", ["al5"], [att("announced")]),
                ("The company is the country's only electricity distribution network and has belonged to Karapetyan's Tashir group since 2015.", ["al6"], []),
                ("Karapetyan built his fortune in Russia, where Tashir grew into a large construction and property business.", ["al7"], []),
            ],
            [
                ("Kremlin spokesman Dmitry Peskov said Moscow was following the case closely and hoped that the rights of Karapetyan, who also holds Russian citizenship, would be respected.", ["al9"], [att("said")]),
                ("Lawyers for Karapetyan called the charge politically motivated.", ["al10"], [att("called")]),
            ],
            [
                ("Pashinyan, who faces parliamentary elections in June 2026, has accused senior clergy of meddling in politics.", ["al18"], [att("accused")]),
                ("In 2024 Archbishop Bagrat Galstanyan, a senior cleric, led weeks of street protests against the handover of border villages to Azerbaijan and demanded Pashinyan's resignation.", ["al13"], []),
                ("The Armenian Apostolic Church, whose seat is in Etchmiadzin west of Yerevan, is a pillar of national identity in a country that made Christianity its state religion in the early fourth century.", ["al22"], []),
                ("Opposition parties called the arrest an attempt to silence critics ahead of the vote.", ["al17"], [att("called")]),
                ("Armenia has drifted away from Moscow since the 2020 war and froze its participation in the Russian-led CSTO military alliance in 2024.", ["al21"], []),
            ],
        ],
    },
    "ru-moskovskii-perekrestok.txt": {
        "header": " date 2025-06-26 (Московский перекрёсток)",
        "paragraphs": [
            [("После Карапетяна — Галстанян: Пашинян продолжает войну с церковью", ["al11", "al1"], [])],
            [
                ("В среду был задержан архиепископ Баграт Галстанян, которого армянские власти обвиняют в подготовке государственного переворота.", ["al11"], [("agency", "agentless", "был задержан"), att("обвиняют"), ("loaded", "contested", "государственного переворота")]),
                ("По тому же делу задержаны ещё несколько человек, у них прошли обыски.", ["al12"], [("agency", "agentless", "задержаны")]),
                ("Сторонники архиепископа называют обвинения сфабрикованными.", ["al14"], [att("называют")]),
            ],
            [
                ("Неделей ранее, 18 июня, армянские спецслужбы задержали в собственном доме в Ереване предпринимателя Самвела Карапетяна, российского гражданина и владельца группы «Ташир».", ["al1", "al7"], []),
                ("Накануне Карапетян публично вступился за Армянскую апостольскую церковь и заявил, что, если политики не справятся, он примет участие в её защите по-своему.", ["al2"], [att("заявил")]),
                ("Следователи вменяют ему публичные призывы к захвату власти.", ["al3"], [att("вменяют")]),
                ("Суд в Ереване отправил бизнесмена под арест на два месяца.", ["al4"], []),
            ],
            [
                ("Уже в день задержания Пашинян объявил о национализации «Электрических сетей Армении», которые Карапетян купил у российской «Интер РАО» в 2015 году.", ["al5", "al6"], [att("объявил")]),
                ("Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль внимательно следит за делом и рассчитывает на соблюдение прав российского гражданина.", ["al9"], [att("заявил")]),
                ("Родные и адвокаты Карапетяна считают его политзаключённым.", ["al10"], [att("считают"), ("loaded", "contested", "политзаключённым")]),
            ],
            [
                ("В последние недели Пашинян открыто требует ухода католикоса Гарегина II, публично обвинив его в нарушении обета безбрачия.", ["al8"], [att("обвинив")]),
                ("Премьер утверждает, что лишь защищает конституционный строй.", ["al18"], [doubt("утверждает")]),
                ("Оппозиция считает так называемый заговор предлогом для расправы с критиками накануне выборов 2026 года.", ["al17"], [att("считает"), ("scare-quote", "marker", "так называемый")]),
                ("В 2024 году Галстанян возглавил движение «Тавуш во имя Родины», выступавшее против передачи Азербайджану приграничных сёл.", ["al13"], []),
                ("Напомним, что в прошлом году Ереван заморозил участие в ОДКБ и всё настойчивее ищет покровителей на Западе.", ["al21"], []),
            ],
        ],
    },
    "hy-lusavorich.txt": {
        "header": " date 2025-06-29 (Լուսավորիչ)",
        "paragraphs": [
            [("Իշխանությունների արշավը Եկեղեցու դեմ՝ երկու արքեպիսկոպոս արդեն կալանքի տակ է", ["al11", "al15"], [])],
            [
                ("Հունիսի 25-ին իրավապահները ձերբակալեցին Տավուշի թեմի առաջնորդ, արքեպիսկոպոս Բագրատ Գալստանյանին՝ մեղադրելով նրան իշխանությունը զավթելու ծրագրում։", ["al11"], [att("մեղադրելով")]),
                ("Իշխանությունները պնդում են, թե բացահայտել են հեղաշրջման ծրագիր։", ["al11"], [doubt("պնդում են"), ("loaded", "contested", "հեղաշրջման")]),
                ("Նույն գործով բերման են ենթարկվել ևս մի քանի մարդ։", ["al12"], [("agency", "agentless", "բերման են ենթարկվել")]),
                ("Այնուհետև Մայր Աթոռում, որտեղ հավատացյալները փորձել էին կանգնեցնել անվտանգության ուժերին, ձերբակալվեց նաև Շիրակի թեմի առաջնորդ, արքեպիսկոպոս Միքայել Աջապահյանը։", ["al15"], [("agency", "agentless", "ձերբակալվեց")]),
            ],
            [
                ("Մայր Աթոռ Սուրբ Էջմիածինը դատապարտեց հոգևորականների ձերբակալությունները՝ դրանք որակելով Եկեղեցու դեմ հալածանք։", ["al14"], [att("որակելով")]),
                ("Վարչապետը մինչ այդ շաբաթներ շարունակ պահանջում էր Ամենայն Հայոց Կաթողիկոս Գարեգին Բ-ի հեռացումը։", ["al8"], []),
                ("Փաշինյանը պնդում է, թե պաշտպանում է սահմանադրական կարգը։", ["al18"], [doubt("պնդում է")]),
                ("Գալստանյանը 2024-ի գարնանը գլխավորեց «Տավուշը հանուն հայրենիքի» շարժումը՝ ընդդեմ Տավուշի սահմանամերձ հողերի միակողմանի հանձնման։", ["al13"], []),
            ],
            [
                ("Հունիսի 18-ին ձերբակալվել էր նաև գործարար Սամվել Կարապետյանը, ով մեկ օր առաջ հրապարակավ պաշտպանել էր Եկեղեցին։", ["al1", "al2"], [("agency", "agentless", "ձերբակալվել էր")]),
                ("Նրան մեղադրանք է առաջադրվել իշխանության զավթման հրապարակային կոչերի համար, իսկ դատարանը նրան կալանավորել է երկու ամսով։", ["al3", "al4"], [att("մեղադրանք է առաջադրվել")]),
                ("Կարապետյանի հարազատներն ու աջակիցները նրան անվանում են քաղբանտարկյալ։", ["al10"], [att("անվանում են"), ("loaded", "contested", "քաղբանտարկյալ")]),
                ("Նույն օրը Փաշինյանը հայտարարեց «Հայաստանի էլեկտրական ցանցերի» ազգայնացման մասին, ինչը շատերը որակում են սեփականության բռնագրավում։", ["al5"], [att("հայտարարեց"), att("որակում են")]),
            ],
            [
                ("Ընդդիմությունը համարում է, որ իշխանությունները 2026 թվականի խորհրդարանական ընտրություններից առաջ ճնշում են ցանկացած այլակարծություն։", ["al17"], [att("համարում է")]),
                ("Քրիստոնեությունը պետական կրոն հռչակած առաջին երկրում Եկեղեցին դարեր շարունակ եղել է ազգային ինքնության հենասյունը։", ["al22"], []),
                ("Ուշագրավ է, որ Եկեղեցու դեմ արշավը համընկավ Փաշինյանի ստամբուլյան այցի հետ, որտեղ նա հանդիպեց Թուրքիայի նախագահ Էրդողանին։", ["al19"], []),
            ],
        ],
    },
    "az-serq-mayaki.txt": {
        "header": " date 2025-06-27 (Şərq mayakı)",
        "paragraphs": [
            [("Ermənistanda dövlət çevrilişinə cəhddə ittiham olunan revanşist keşiş həbs edildi", ["al11"], [att("ittiham olunan"), ("loaded", "contested", "dövlət çevrilişinə"), ("agency", "agentless", "həbs edildi")])],
            [
                ("Ermənistanda dövlət çevrilişinə hazırlıqda ittiham olunan arxiyepiskop Baqrat Qalstanyan iyunun 25-də həbs olunub.", ["al11"], [att("ittiham olunan"), ("loaded", "contested", "dövlət çevrilişinə"), ("agency", "agentless", "həbs olunub")]),
                ("Ermənistan İstintaq Komitəsinin məlumatına görə, onunla birlikdə daha bir neçə nəfər saxlanılıb, bir sıra ünvanlarda axtarışlar aparılıb.", ["al12"], [att("məlumatına görə"), ("agency", "agentless", "saxlanılıb")]),
                ("Qalstanyan ötən il Qazax rayonunun işğal altında olmuş dörd kəndinin Azərbaycana qaytarılmasına qarşı kütləvi etirazlara rəhbərlik etmişdi.", ["al13"], [("loaded", "contested", "işğal")]),
                ("Şübhəsiz, sülh prosesini pozmağa çalışan revanşist qüvvələrin əsas simalarından biri məhz o idi.", [], [("booster", "booster", "Şübhəsiz")]),
            ],
            [
                ("Bir həftə əvvəl, iyunun 18-də isə Rusiyada milyarder olmuş iş adamı Samvel Karapetyan Yerevanda saxlanılmışdı.", ["al1", "al7"], [("agency", "agentless", "saxlanılmışdı")]),
                ("Karapetyan həbsindən bir gün əvvəl Erməni Apostol Kilsəsini müdafiə edərək, siyasətçilər bacarmasa, bu mübarizəyə öz üsulu ilə qoşulacağını bəyan etmişdi.", ["al2"], [att("bəyan etmişdi")]),
                ("Ona hakimiyyəti zorla ələ keçirməyə açıq çağırışlar etməkdə ittiham irəli sürülüb.", ["al3"], [att("ittiham irəli sürülüb")]),
                ("Paşinyan isə Karapetyanın “Taşir” qrupuna məxsus “Ermənistanın Elektrik Şəbəkələri” şirkətinin milliləşdiriləcəyini elan edib.", ["al5"], [att("elan edib")]),
            ],
            [
                ("Ekspertlərin fikrincə, Paşinyan bu addımlarla Moskvanın Ermənistandakı əsas təsir rıçaqlarını zəiflətməyə çalışır.", ["al20"], [att("fikrincə")]),
                ("Kremlin sözçüsü Dmitri Peskov Moskvanın Karapetyan işini diqqətlə izlədiyini bildirib.", ["al9"], [att("bildirib")]),
                ("Xatırladaq ki, Ermənistan hökuməti ilə Eçmiədzin arasında qarşıdurma Paşinyanın Katolikos II Qareginin istefasını tələb etməsindən sonra kəskinləşib.", ["al8"], []),
                ("Ermənistan müxalifəti isə həbsləri 2026-cı ilin parlament seçkiləri öncəsi siyasi təqib kimi qiymətləndirir.", ["al17"], [att("qiymətləndirir")]),
                ("Paşinyan iyunun 20-də İstanbulda Prezident Rəcəb Tayyib Ərdoğanla görüşüb.", ["al19"], []),
                ("Bakıda bu proseslər sülh gündəliyinə qarşı çıxan qüvvələrin zəiflədilməsi kimi dəyərləndirilir.", [], [att("dəyərləndirilir")]),
            ],
        ],
    },
    "tr-bogazici-habercisi.txt": {
        "header": " date 2025-06-21 (Boğaziçi Habercisi)",
        "paragraphs": [
            [("Paşinyan İstanbul'da Erdoğan ile görüştü, Erivan'da milyarderin elektrik şirketi devletleştiriliyor", ["al19", "al5"], [])],
            [
                ("Ermenistan Başbakanı Nikol Paşinyan, 20 Haziran Cuma günü İstanbul'da Cumhurbaşkanı Recep Tayyip Erdoğan ile Dolmabahçe'de bir araya geldi.", ["al19"], []),
                ("Görüşmede Türkiye-Ermenistan normalleşme süreci ve bölgesel barış gündemi ele alındı.", ["al19"], []),
                ("Ziyaret, Paşinyan'ın ülkesinde Ermeni Apostolik Kilisesi ile yaşadığı sert çekişmenin gölgesinde gerçekleşti.", [], []),
            ],
            [
                ("Rusya vatandaşı da olan milyarder Samvel Karapetyan, 18 Haziran'da Erivan'daki evinde güvenlik güçlerince gözaltına alındı.", ["al1"], []),
                ("Servetini Rusya'da kazanan Karapetyan'ın Taşir grubu, inşaat ve gayrimenkul alanında faaliyet gösteriyor.", ["al7"], []),
                ("Karapetyan, gözaltından bir gün önce kiliseyi savunmuş ve siyasetçiler başaramazsa kendi yöntemiyle sürece dahil olacağını söylemişti.", ["al2"], [att("söylemişti")]),
                ("Ermeni makamları iş insanını iktidarı ele geçirmeye yönelik açık çağrılar yapmakla suçluyor.", ["al3"], [att("suçluyor")]),
            ],
            [
                ("Paşinyan aynı gün, Karapetyan'a ait Ermenistan Elektrik Şebekeleri şirketinin devletleştirileceğini duyurdu.", ["al5"], [att("duyurdu")]),
                ("Ülkenin tek elektrik dağıtım şirketi, 2015'ten bu yana Taşir grubunun elindeydi.", ["al6"], []),
                ("Kremlin Sözcüsü Dmitriy Peskov, Moskova'nın davayı yakından takip ettiğini söyledi.", ["al9"], [att("söyledi")]),
                ("Karapetyan'ın yakınları ise gözaltının siyasi olduğunu ileri sürüyor.", ["al10"], [doubt("ileri sürüyor")]),
            ],
            [
                ("Kuşkusuz Paşinyan, Rusya ile bağlantılı oligarklara karşı attığı adımlarla Moskova'nın Ermenistan'daki etkisini sınırlamayı hedefliyor.", ["al20"], [("booster", "booster", "Kuşkusuz")]),
                ("Paşinyan son haftalarda Ermeni Kilisesi'nin ruhani lideri Katolikos Karekin'in görevi bırakmasını talep ediyor.", ["al8"], []),
                ("Analistler, kilise ile hükümet arasındaki kavganın 2026'daki seçimler öncesinde daha da sertleşebileceğini belirtiyor.", [], [att("belirtiyor"), ("hedge", "uncertain", "sertleşebileceğini")]),
                ("Ermenistan, 2024'te Rusya öncülüğündeki KGAÖ'deki faaliyetlerini dondurmuştu.", ["al21"], []),
            ],
        ],
    },
    "fr-messager-des-deux-mers.txt": {
        "header": " date 2025-07-04 (Le Messager des Deux Mers)",
        "paragraphs": [
            [("Arménie : le Parlement ouvre la voie à la reprise du réseau électrique de Samvel Karapetian", ["al16"], [])],
            [
                ("Le Parlement arménien a adopté cette semaine une loi permettant à l'État de prendre en main la gestion des Réseaux électriques d'Arménie, propriété du groupe du milliardaire Samvel Karapetian.", ["al16", "al6"], []),
                ("L'homme d'affaires russo-arménien est détenu depuis le 18 juin, accusé d'avoir lancé des appels publics à la prise du pouvoir.", ["al1", "al3"], [att("accusé")]),
                ("La veille de son arrestation, il avait pris la défense de l'Église apostolique arménienne, cible depuis des semaines des attaques du Premier ministre Nikol Pachinian contre le catholicos Garéguine II.", ["al2", "al8"], []),
                ("Un tribunal d'Erevan l'a placé en détention provisoire pour deux mois.", ["al4"], []),
            ],
            [
                ("Le jour même, Nikol Pachinian avait annoncé la nationalisation de l'entreprise, unique distributeur d'électricité du pays.", ["al5", "al6"], [att("annoncé")]),
                ("Ses partisans dénoncent une expropriation déguisée et voient en lui un « prisonnier politique ».", ["al10"], [att("dénoncent"), att("voient"), ("scare-quote", "distancing", "« prisonnier politique »"), ("loaded", "contested", "prisonnier politique")]),
            ],
            [
                ("Le 25 juin, c'était au tour de l'archevêque Bagrat Galstanian d'être arrêté, soupçonné selon les enquêteurs d'avoir préparé un coup d'État.", ["al11"], [("agency", "agentless", "d'être arrêté"), att("selon"), ("loaded", "contested", "coup d'État")]),
                ("Figure des manifestations « Tavush pour la patrie » de 2024 contre la cession de villages frontaliers à l'Azerbaïdjan, le prélat réclamait alors la démission du chef du gouvernement.", ["al13"], []),
                ("Quelques jours plus tard, l'archevêque Mikael Ajapahian a été interpellé à son tour, après un face-à-face tendu entre forces de l'ordre et fidèles au siège de l'Église, à Etchmiadzin.", ["al15"], [("agency", "agentless", "a été interpellé")]),
                ("Le Saint-Siège d'Etchmiadzin parle d'une persécution de l'Église.", ["al14"], [att("parle")]),
            ],
            [
                ("Nikol Pachinian affirme défendre l'ordre constitutionnel face à un clergé qui se mêle de politique.", ["al18"], [att("affirme")]),
                ("L'opposition y voit une chasse aux sorcières à moins d'un an des législatives de juin 2026.", ["al17"], [att("y voit")]),
                ("À Moscou, Dmitri Peskov a fait savoir que le Kremlin suivait de près le sort de Karapetian, également citoyen russe.", ["al9"], [att("a fait savoir")]),
                ("Nombre d'analystes estiment que Pachinian cherche aussi à affaiblir les relais de l'influence russe en Arménie.", ["al20"], [att("estiment")]),
                ("Erevan a gelé en 2024 sa participation à l'OTSC, l'alliance militaire dominée par la Russie.", ["al21"], []),
                ("Premier pays à avoir fait du christianisme sa religion d'État, au début du IVe siècle, l'Arménie voit dans son Église un pilier de l'identité nationale.", ["al22"], []),
            ],
        ],
    },
    "de-kaukasusspiegel.txt": {
        "header": " date 2025-07-05 (Der Kaukasusspiegel)",
        "paragraphs": [
            [("Armenien greift nach dem Stromnetz des inhaftierten Milliardärs Karapetjan", ["al16", "al1"], [])],
            [
                ("Das armenische Parlament hat Anfang Juli ein Gesetz verabschiedet, das dem Staat erlaubt, die Verwaltung des Netzbetreibers Elektrische Netze Armeniens zu übernehmen.", ["al16"], []),
                ("Das Unternehmen ist der einzige Stromverteiler des Landes und gehört seit 2015 der Tashir-Gruppe des russisch-armenischen Milliardärs Samwel Karapetjan.", ["al6"], []),
                ("Tashir hatte das Netz damals vom russischen Staatskonzern Inter RAO übernommen.", ["al6"], []),
            ],
            [
                ("Karapetjan sitzt seit dem 18. Juni in Haft.", ["al1"], []),
                ("Ermittler werfen ihm öffentliche Aufrufe zur Machtergreifung vor.", ["al3"], [att("werfen")]),
                ("Ein Gericht in Jerewan ordnete zwei Monate Untersuchungshaft an.", ["al4"], []),
                ("Am Tag vor seiner Festnahme hatte er sich öffentlich hinter die Armenische Apostolische Kirche gestellt, mit deren Führung Regierungschef Nikol Paschinjan seit Wochen im Streit liegt.", ["al2", "al8"], []),
                ("Noch am Tag der Festnahme kündigte Paschinjan die Verstaatlichung des Netzbetreibers an.", ["al5"], [att("kündigte")]),
            ],
            [
                ("Karapetjan hat sein Vermögen in Russland gemacht, wo Tashir vor allem im Bau- und Immobiliengeschäft tätig ist.", ["al7"], []),
                ("Kremlsprecher Dmitri Peskow erklärte, Moskau verfolge den Fall aufmerksam.", ["al9"], [att("erklärte")]),
                ("Seine Anhänger sprechen von einem politischen Gefangenen.", ["al10"], [att("sprechen"), ("loaded", "contested", "politischen Gefangenen")]),
            ],
            [
                ("Am 25. Juni wurde zudem Erzbischof Bagrat Galstanjan festgenommen, dem die Behörden einen Umsturzplan vorwerfen.", ["al11"], [("agency", "agentless", "festgenommen"), att("vorwerfen"), ("loaded", "contested", "Umsturzplan")]),
                ("Galstanjan hatte 2024 die Proteste der Bewegung „Tawusch für die Heimat“ gegen die Übergabe von Grenzdörfern an Aserbaidschan angeführt.", ["al13"], []),
                ("Wenige Tage später folgte die Festnahme von Erzbischof Mikael Adschapahjan nach einem Tauziehen mit Gläubigen am Kirchensitz Etschmiadsin.", ["al15"], []),
                ("Der Heilige Stuhl von Etschmiadsin verurteilte die Festnahmen als Verfolgung der Kirche.", ["al14"], [att("verurteilte")]),
                ("Die Opposition wirft der Regierung vor, vor der Parlamentswahl im Juni 2026 Kritiker auszuschalten.", ["al17"], [att("wirft")]),
                ("Analysten sehen in dem Vorgehen auch einen Schlag gegen Moskaus Einfluss in Armenien, das seine Mitarbeit in der von Russland geführten OVKS 2024 eingefroren hat.", ["al20", "al21"], [att("sehen")]),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (am): real events, like karabakh-exodus-2023, tavush-villages-2024,
# washington-summit-2025, peacekeepers-withdrawal-2024, azal-crash-2024 and
# karapetyan-arrest-2025. Georgia from late November to the end of December 2024: Prime Minister
# Irakli Kobakhidze's announcement on Thursday 28 November that the Georgian Dream government
# would not put the opening of EU accession talks on the agenda until the end of 2028, and would
# turn down EU budget grants until then; the European Parliament's resolution of the same day on
# the elections of 26 October; Kobakhidze's "blackmail" and his 2030 goal; the nightly protests
# outside parliament on Rustaveli Avenue in Tbilisi, water cannon and tear gas, the detained and
# the injured protesters and journalists, the interior ministry's account of fireworks thrown at
# police, Kobakhidze's blame on the opposition and foreign-funded NGOs; President Salome
# Zourabichvili's stance that the parliament is illegitimate and her refusal to step down; the US
# suspension of its strategic partnership on 30 November; the EU's condemnation; Peskov's
# comparison with the Maidan; the ambassadors who resigned; Mikheil Kavelashvili elected by the
# electoral college on 14 December (224 votes) and sworn in on 29 December, the day Zourabichvili
# left the Orbeliani Palace; the US sanctions on Bidzina Ivanishvili of 27 December; background
# (the October elections, Ivanishvili, the candidate status and the foreign influence law, the
# polls, the transit corridor). As seven fictional outlets would report them on 1-3 December (en,
# ru), 15-16 December (ka, az, fr) and 30 December 2024 (tr, de). Facts, dates and names are real;
# no figure beyond the dates, 2028, 2030, about 54%, about 80%, 300 and 224; the detained and the
# injured are given only as dozens or hundreds. Reactions are paraphrased; the only quoted word is
# short. Every sentence is original, none taken or paraphrased from a real outlet. Written blind,
# without looking at the concept lexicon, the cue lexicons, the aligner or the shipped samples. Do
# not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AM = {
    "am1": "On Thursday 28 November 2024 Prime Minister Irakli Kobakhidze announced that the Georgian Dream government would not put the opening of EU accession talks on the agenda until the end of 2028 (the en and ru headlines)",
    "am2": "He also said Georgia would turn down EU budget grants until then",
    "am3": "Hours earlier (the same day) the European Parliament adopted a resolution calling the elections of 26 October neither free nor fair (ru: not recognising the results) and calling for a new vote within a year under international supervision and for sanctions (ru, de: including against Bidzina Ivanishvili)",
    "am4": "Kobakhidze called the European Parliament's / Brussels' pressure blackmail and insisted that the goal of joining the EU by 2030 remained (the ru headline)",
    "am5": "Since the evening of 28 November protesters have gathered every night outside the parliament on Rustaveli Avenue in Tbilisi (thousands; ru: 'so-called' pro-European activists; fr: also in other cities such as Batumi; the en and ru headlines)",
    "am6": "The riot police used water cannon and tear gas (tr: pepper gas) to disperse the protesters (ru: to restore order; fr: and beatings)",
    "am7": "Protesters were detained (en, ru: dozens; ka, fr, de: hundreds)",
    "am8": "Protesters and journalists were injured (en: several journalists; ka, fr, de: dozens)",
    "am9": "The interior ministry's account: protesters threw fireworks and other objects at the police and dozens of officers were injured (tr, de: the fireworks only)",
    "am10": "Kobakhidze blamed the violence on the radical opposition and foreign-funded NGOs (ru: and thanked the police; ka, fr: doubted)",
    "am11": "President Salome Zourabichvili considers the new parliament (and the president it elects) illegitimate and refuses to step down until new elections (az, tr: doubted; the fr headline)",
    "am12": "On Saturday 30 November the US State Department suspended its strategic partnership with Georgia (en: citing the government's decision; az: as Western pressure)",
    "am13": "The EU condemned the use of force against peaceful demonstrators (de: but could not agree on joint sanctions)",
    "am14": "Kremlin spokesman Dmitry Peskov compared the events with the Maidan in Ukraine but said Russia was not interfering in Georgia's internal affairs",
    "am15": "Several Georgian ambassadors (en: among them the envoy to the US) and civil servants resigned or protested against the decision",
    "am16": "On Saturday 14 December the electoral college elected Mikheil Kavelashvili president, the only candidate, with 224 votes of 300; the opposition boycotted the vote (the ka, az and fr headlines)",
    "am17": "Kavelashvili is a former footballer who played for Manchester City (az: a former footballer; ka, fr: known for anti-Western statements)",
    "am18": "On Sunday 29 December Kavelashvili was sworn in in parliament (az: scheduled; the tr and de headlines)",
    "am19": "The same day Zourabichvili left the presidential (Orbeliani) palace, saying she remained the only legitimate president (the tr and de headlines)",
    "am20": "On 27 December the US imposed sanctions on Bidzina Ivanishvili",
    "am21": "Background: Georgian Dream officially won the parliamentary elections of 26 October with about 54%; the opposition (and Zourabichvili) call them rigged and boycott the new parliament",
    "am22": "Background: Georgian Dream's founder, the billionaire Bidzina Ivanishvili, made his fortune in Russia and is seen as the country's real ruler",
    "am23": "Background: Georgia became an EU candidate in December 2023, but the accession process was frozen after the law on foreign influence adopted in spring 2024 (en, fr: modelled on Russian legislation, critics say)",
    "am24": "Background: polls show about 80% of Georgians support joining the EU (ka: also written into the constitution)",
    "am25": "Background: Georgia is a key link of the Middle Corridor, crossed by the Baku–Tbilisi–Ceyhan pipeline and the Baku–Tbilisi–Kars railway",
}

ARTICLES_AM = {
    "en-lodestar-wire.txt": {
        "header": " date 2024-12-01 (Lodestar Wire)",
        "paragraphs": [
            [("Georgia shelves EU talks until 2028, sparking nights of protest in Tbilisi", ["am1", "am5"], [])],
            [
                ("Georgian Prime Minister Irakli Kobakhidze said on Thursday that his government would not put the opening of accession talks with the European Union on the agenda until the end of 2028.", ["am1"], [att("said")]),
                ("He added that Georgia would also turn down budget grants from the EU until then.", ["am2"], [att("added")]),
                ("Within hours, thousands of people gathered outside the parliament on Rustaveli Avenue in Tbilisi, and the protests have been repeated every night since.", ["am5"], []),
            ],
            [
                ("Riot police have used water cannon and tear gas to clear the crowds from outside the building before dawn.", ["am6"], []),
                ("The interior ministry said protesters had injured dozens of officers with fireworks and other objects.", ["am9"], [att("said")]),
                ("Dozens of people have been detained, and several journalists were among the injured, local media groups said.", ["am7", "am8"], [("agency", "agentless", "have been detained"), att("said")]),
            ],
            [
                ("Kobakhidze's announcement came hours after the European Parliament adopted a resolution saying the parliamentary elections of 26 October were neither free nor fair and calling for a new vote within a year under international supervision.", ["am3"], [att("saying")]),
                ("The prime minister accused the European Parliament of blackmail and insisted that Georgia still aimed to join the bloc by 2030.", ["am4"], [att("accused"), att("insisted")]),
                ("The ruling Georgian Dream party won about 54% of the vote in October, according to the electoral commission, a result the opposition says was rigged.", ["am21"], [att("according to"), att("says")]),
            ],
            [
                ("President Salome Zourabichvili, whose powers are largely ceremonial, called the new parliament illegitimate and said she would not leave office until new elections were held.", ["am11"], [att("called"), att("said")]),
                ("On Saturday the US State Department announced it was suspending its strategic partnership with Georgia, citing the government's decision.", ["am12"], [att("announced"), att("citing")]),
                ("European Union officials condemned the use of force against peaceful demonstrators.", ["am13"], [att("condemned")]),
            ],
            [
                ("Several Georgian ambassadors resigned in protest, among them the envoy to the United States, and hundreds of civil servants signed open letters against the decision.", ["am15"], []),
                ("Georgian Dream was founded by the billionaire Bidzina Ivanishvili, who made his fortune in Russia and is widely seen as the country's real ruler.", ["am22"], []),
                ("Georgia was granted EU candidate status in December 2023, but Brussels effectively froze the process after parliament adopted a law on foreign influence modelled, critics say, on Russian legislation.", ["am23"], [att("say")]),
                ("Opinion polls have consistently shown about 80% of Georgians in favour of joining the EU.", ["am24"], []),
            ],
        ],
    },
    "ru-volzhskii-kurier.txt": {
        "header": " date 2024-12-03 (Волжский курьер)",
        "paragraphs": [
            [("Кобахидзе ответил на шантаж Брюсселя, радикалы вышли на проспект Руставели", ["am1", "am4", "am5"], [])],
            [
                ("Премьер-министр Грузии Ираклий Кобахидзе 28 ноября объявил, что правительство не будет ставить вопрос о начале переговоров о вступлении в Евросоюз на повестку дня до конца 2028 года.", ["am1"], [att("объявил")]),
                ("По его словам, это ответ на шантаж со стороны Европарламента, а цель вступить в ЕС к 2030 году остаётся в силе.", ["am4"], [att("По его словам")]),
                ("В тот же день Европейский парламент принял резолюцию, в которой отказался признать итоги октябрьских выборов, призвал провести повторное голосование под международным контролем и ввести санкции против Бидзины Иванишвили.", ["am3"], []),
            ],
            [
                ("Вечером так называемые проевропейские активисты собрались у здания парламента на проспекте Руставели в Тбилиси, и с тех пор акции повторяются каждую ночь.", ["am5"], [("scare-quote", "marker", "так называемые")]),
                ("По данным МВД Грузии, протестующие забрасывали полицейских пиротехникой и различными предметами, пострадали десятки сотрудников.", ["am9"], [att("По данным")]),
                ("Чтобы навести порядок, полиция применила водомёты и слезоточивый газ, задержаны десятки участников беспорядков.", ["am6", "am7"], [("agency", "agentless", "задержаны")]),
                ("Кобахидзе возложил ответственность за насилие на радикальную оппозицию и финансируемые из-за рубежа НКО, поблагодарив полицию за профессионализм.", ["am10"], [att("возложил ответственность")]),
            ],
            [
                ("Президент Саломе Зурабишвили, бывший французский дипломат, заявила, что не признаёт новый парламент легитимным и не собирается покидать свой пост.", ["am11"], [att("заявила")]),
                ("Оппозиционные партии, проигравшие выборы 26 октября, утверждают, что «Грузинская мечта» победила благодаря фальсификациям, и бойкотируют работу парламента.", ["am21"], [doubt("утверждают")]),
                ("По официальным итогам правящая партия получила около 54 процентов голосов.", ["am21"], [att("По официальным итогам")]),
            ],
            [
                ("В субботу Госдепартамент США объявил о приостановке стратегического партнёрства с Тбилиси.", ["am12"], [att("объявил")]),
                ("Пресс-секретарь президента России Дмитрий Песков заявил, что происходящее больше всего напоминает события Майдана на Украине, но подчеркнул, что Москва не вмешивается во внутренние дела Грузии.", ["am14"], [att("заявил"), att("подчеркнул")]),
                ("Многие в Тбилиси помнят, чем закончился киевский сценарий: страна потеряла территории и оказалась втянута в войну.", [], []),
                ("Напомним, что в 2008 году Грузия уже пережила войну, после которой Россия признала независимость Абхазии и Южной Осетии.", [], []),
                ("Эксперты отмечают, что Запад всё откровеннее пытается сменить власть в Тбилиси руками уличных протестов.", [], [att("отмечают")]),
            ],
        ],
    },
    "ka-mtkvris-talgha.txt": {
        "header": " date 2024-12-15 (მტკვრის ტალღა)",
        "paragraphs": [
            [("ეგრეთ წოდებულმა საარჩევნო კოლეგიამ პრეზიდენტად მიხეილ ყაველაშვილი აირჩია", ["am16"], [("scare-quote", "marker", "ეგრეთ წოდებულმა")])],
            [
                ("შაბათს „ქართული ოცნების“ მიერ დაკომპლექტებულმა საარჩევნო კოლეგიამ საქართველოს პრეზიდენტად ერთადერთი კანდიდატი, ყოფილი ფეხბურთელი მიხეილ ყაველაშვილი აირჩია.", ["am16", "am17"], []),
                ("ყაველაშვილმა 300-წევრიანი კოლეგიიდან 224 ხმა მიიღო, ოპოზიციამ კი კენჭისყრას ბოიკოტი გამოუცხადა.", ["am16"], []),
                ("პრეზიდენტმა სალომე ზურაბიშვილმა განაცხადა, რომ არალეგიტიმური პარლამენტის მიერ არჩეული პრეზიდენტი ვერ იქნება ლეგიტიმური და თანამდებობას ახალ არჩევნებამდე არ დატოვებს.", ["am11"], [att("განაცხადა")]),
                ("ყაველაშვილი, რომელიც ერთ დროს „მანჩესტერ სიტიში“ თამაშობდა, ბოლო წლებში ანტიდასავლური განცხადებებით გახდა ცნობილი.", ["am17"], []),
            ],
            [
                ("საპროტესტო აქციები რუსთაველის გამზირზე, პარლამენტის შენობასთან, 28 ნოემბრიდან ყოველ ღამე იმართება.", ["am5"], []),
                ("ხალხი ქუჩაში მას შემდეგ გამოვიდა, რაც პრემიერ-მინისტრმა ირაკლი კობახიძემ განაცხადა, რომ ევროკავშირთან მოლაპარაკებების გახსნის საკითხს 2028 წლის ბოლომდე დღის წესრიგში არ დააყენებენ.", ["am1", "am5"], [att("განაცხადა")]),
                ("მთავრობამ ევროკავშირის საბიუჯეტო გრანტებზეც უარი თქვა.", ["am2"], []),
            ],
            [
                ("პირველივე ღამეებიდან სპეცრაზმმა აქციის მონაწილეები წყალსატყორცნებითა და ცრემლსადენი გაზით სასტიკად დაარბია.", ["am6"], []),
                ("დაშავდა ათობით დემონსტრანტი და ჟურნალისტი, ზოგიერთი მათგანი საავადმყოფოში მოხვდა.", ["am8"], [("agency", "agentless", "დაშავდა")]),
                ("ამ დღეებში ასობით აქციის მონაწილე დააკავეს.", ["am7"], [("agency", "agentless", "დააკავეს")]),
                ("ოპოზიცია და უფლებადამცველები დაკავებულებს პოლიტპატიმრებს უწოდებენ.", [], [att("უწოდებენ"), ("loaded", "contested", "პოლიტპატიმრებს")]),
                ("კობახიძე ამტკიცებს, რომ ძალადობას რადიკალური ოპოზიცია და უცხოეთიდან დაფინანსებული არასამთავრობო ორგანიზაციები აწყობენ.", ["am10"], [doubt("ამტკიცებს")]),
            ],
            [
                ("აშშ-მა 30 ნოემბერს საქართველოსთან სტრატეგიული პარტნიორობა შეაჩერა, ევროკავშირმა კი მშვიდობიანი დემონსტრანტების წინააღმდეგ ძალის გამოყენება დაგმო.", ["am12", "am13"], [att("დაგმო")]),
                ("პროტესტის ნიშნად თანამდებობები დატოვეს რამდენიმე ელჩმა და საჯარო მოხელეების ნაწილმაც.", ["am15"], []),
                ("გამოკითხვების მიხედვით, ევროკავშირში გაწევრიანებას მოსახლეობის დაახლოებით 80% უჭერს მხარს, ეს მიზანი კი კონსტიტუციაშიც არის ჩაწერილი.", ["am24"], [att("მიხედვით")]),
                ("„ქართული ოცნების“ დამფუძნებელი, მილიარდერი ბიძინა ივანიშვილი, რომელმაც ქონება რუსეთში დააგროვა, ქვეყანას ფაქტობრივად კულისებიდან მართავს.", ["am22"], []),
                ("ოპოზიცია 26 ოქტომბრის საპარლამენტო არჩევნებს გაყალბებულად მიიჩნევს და ახალ პარლამენტში მანდატებზე უარი თქვა.", ["am21"], [att("მიიჩნევს")]),
            ],
        ],
    },
    "az-xezer-lepesi.txt": {
        "header": " date 2024-12-15 (Xəzər ləpəsi)",
        "paragraphs": [
            [("Gürcüstanın yeni prezidenti Mixeil Kavelaşvili oldu", ["am16"], [])],
            [
                ("Dekabrın 14-də Gürcüstanda seçicilər kollegiyası Mixeil Kavelaşvilini ölkənin prezidenti seçib.", ["am16"], []),
                ("Hakim “Gürcü Arzusu” partiyasının irəli sürdüyü yeganə namizəd 300 üzvlü kollegiyada 224 səs toplayıb.", ["am16"], []),
                ("Keçmiş futbolçu olan Kavelaşvili dekabrın 29-da and içərək vəzifəsinin icrasına başlayacaq.", ["am17", "am18"], []),
                ("Radikal müxalifət isə səsverməni boykot edib.", ["am16"], []),
            ],
            [
                ("Hazırkı prezident Salome Zurabişvili yeni parlamentin qeyri-legitim olduğunu iddia edərək vəzifəsini təhvil verməyəcəyini bəyan edib.", ["am11"], [doubt("iddia edərək"), att("bəyan edib")]),
                ("Ekspertlər bu mövqeyi konstitusiyaya zidd hesab edir.", [], [att("hesab edir")]),
                ("Xatırladaq ki, oktyabrın 26-da keçirilən parlament seçkilərində “Gürcü Arzusu” səslərin təxminən 54 faizini qazanıb, müxalifət isə nəticələri tanımayıb.", ["am21"], []),
            ],
            [
                ("Baş nazir İrakli Kobaxidze noyabrın 28-də hökumətin Avropa İttifaqı ilə üzvlük danışıqlarının başlanması məsələsini 2028-ci ilin sonunadək gündəmə gətirməyəcəyini açıqlayıb.", ["am1"], [att("açıqlayıb")]),
                ("Onun sözlərinə görə, Tbilisi Avropa Parlamentinin şantajına boyun əyməyəcək, lakin 2030-cu ilədək Avropa İttifaqına üzv olmaq hədəfi qüvvədə qalır.", ["am4"], [att("sözlərinə görə")]),
                ("Həmin gündən Tbilisidə, Rustaveli prospektində parlament binası qarşısında hər axşam etiraz aksiyaları keçirilir.", ["am5"], []),
                ("Daxili İşlər Nazirliyinin məlumatına görə, aksiya iştirakçıları polisə fişəng və müxtəlif əşyalar atıb, onlarla polis əməkdaşı xəsarət alıb.", ["am9"], [att("məlumatına görə")]),
                ("Kobaxidze zorakılıqda radikal müxalifəti və xaricdən maliyyələşən qeyri-hökumət təşkilatlarını günahlandırıb.", ["am10"], [att("günahlandırıb")]),
            ],
            [
                ("Qərb isə Tbilisiyə təzyiqi artırır: ABŞ Dövlət Departamenti noyabrın 30-da Gürcüstanla strateji tərəfdaşlığı dayandırdığını elan edib.", ["am12"], [att("elan edib")]),
                ("Şübhəsiz, qonşu ölkənin daxili işlərinə xarici müdaxilə bütün regionun sabitliyini təhdid edir.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Gürcüstan Bakı–Tbilisi–Ceyhan neft kəməri və Bakı–Tbilisi–Qars dəmir yolu ilə Orta Dəhlizin əsas halqalarından biridir.", ["am25"], []),
                ("Azərbaycan üçün qonşu ölkədə sabitliyin qorunması strateji əhəmiyyət daşıyır.", [], []),
            ],
        ],
    },
    "tr-coruh-habercisi.txt": {
        "header": " date 2024-12-30 (Çoruh Habercisi)",
        "paragraphs": [
            [("Gürcistan'da Kavelaşvili yemin etti, Zurabişvili sarayı terk etti", ["am18", "am19"], [])],
            [
                ("Gürcistan'da 14 Aralık'ta seçiciler kurulu tarafından cumhurbaşkanı seçilen Mikheil Kavelaşvili, 29 Aralık Pazar günü parlamentoda düzenlenen törenle yemin ederek göreve başladı.", ["am16", "am18"], []),
                ("Eski milli futbolcu Kavelaşvili, 1990'larda İngiltere'de Manchester City forması giymişti.", ["am17"], []),
                ("Kavelaşvili, 300 üyeli kurulda 224 oy almış, muhalefet ise oylamayı boykot etmişti.", ["am16"], []),
                ("Görev süresi dolan Salome Zurabişvili aynı gün Orbeliani Sarayı'ndan ayrıldı, ancak ülkenin tek meşru cumhurbaşkanının hâlâ kendisi olduğunu söyledi.", ["am19"], [att("söyledi")]),
            ],
            [
                ("Zurabişvili, 26 Ekim seçimlerinde hile yapıldığını ileri sürerek yeni parlamentoyu ve onun seçtiği cumhurbaşkanını tanımıyor.", ["am11", "am21"], [doubt("ileri sürerek")]),
                ("Ülkedeki kriz, Başbakan İrakli Kobahidze'nin 28 Kasım'da AB üyelik müzakerelerinin başlatılmasını 2028 sonuna kadar gündeme getirmeyeceklerini açıklamasıyla derinleşmişti.", ["am1"], [att("açıklamasıyla")]),
                ("O günden bu yana Tiflis'te Rustaveli Caddesi'ndeki parlamento binası önünde her gece gösteriler düzenleniyor.", ["am5"], []),
                ("Polis göstericileri dağıtmak için tazyikli su ve biber gazı kullandı.", ["am6"], []),
                ("İçişleri Bakanlığı ise bazı göstericilerin polise havai fişek ve çeşitli cisimler attığını açıkladı.", ["am9"], [att("açıkladı")]),
            ],
            [
                ("ABD, 30 Kasım'da Gürcistan ile stratejik ortaklığını askıya almış, 27 Aralık'ta da Gürcü Rüyası'nın kurucusu milyarder Bidzina İvanişvili'ye yaptırım uygulamıştı.", ["am12", "am20"], []),
                ("Kremlin Sözcüsü Dmitriy Peskov ise Gürcistan'daki olayları Ukrayna'daki Maydan gösterileriyle kıyaslamış, ancak Rusya'nın Gürcistan'ın iç işlerine karışmadığını belirtmişti.", ["am14"], [att("belirtmişti")]),
                ("Kuşkusuz Tiflis'teki istikrarsızlık, Türkiye'yi Orta Asya'ya bağlayan Orta Koridor açısından da kaygı verici.", ["am25"], [("booster", "booster", "Kuşkusuz")]),
                ("Bakü-Tiflis-Ceyhan boru hattı ve Bakü-Tiflis-Kars demiryolu Gürcistan topraklarından geçiyor.", ["am25"], []),
                ("Aralık 2023'te AB aday ülke statüsü alan Gürcistan'ın üyelik süreci, bu yıl kabul edilen yabancı etki yasasının ardından fiilen donmuştu.", ["am23"], []),
                ("Analistler, Tiflis'teki gerginliğin yeni yılda da sürebileceğini belirtiyor.", [], [att("belirtiyor"), ("hedge", "uncertain", "sürebileceğini")]),
            ],
        ],
    },
    "fr-guetteur-du-caucase.txt": {
        "header": " date 2024-12-16 (Le Guetteur du Caucase)",
        "paragraphs": [
            [("Géorgie : le pouvoir installe un président contesté, Salomé Zourabichvili refuse de partir", ["am16", "am11"], [])],
            [
                ("Un collège électoral dominé par le Rêve géorgien a élu samedi à la présidence Mikheïl Kavelachvili, seul candidat en lice, avec 224 voix.", ["am16"], []),
                ("L'opposition a boycotté ce scrutin indirect, le premier depuis l'abandon de l'élection du président au suffrage universel.", ["am16"], []),
                ("Ancien attaquant de Manchester City, le nouveau chef de l'État s'est fait connaître au Parlement par ses diatribes contre l'Occident.", ["am17"], []),
                ("Salomé Zourabichvili, née à Paris et ancienne diplomate française, juge ce vote « illégitime » et affirme qu'elle restera en fonctions tant que de nouvelles législatives n'auront pas été organisées.", ["am11"], [att("juge"), ("scare-quote", "distancing", "« illégitime »"), att("affirme")]),
            ],
            [
                ("Depuis le 28 novembre, des milliers de manifestants pro-européens se rassemblent chaque soir devant le Parlement, sur l'avenue Roustavéli, à Tbilissi, ainsi que dans d'autres villes comme Batoumi.", ["am5"], []),
                ("Ce soir-là, le Premier ministre Irakli Kobakhidze avait annoncé que son gouvernement renonçait à inscrire l'ouverture des négociations d'adhésion à l'Union européenne à l'ordre du jour avant la fin de 2028.", ["am1"], [att("annoncé")]),
                ("Il avait aussi refusé toute subvention budgétaire de Bruxelles d'ici là.", ["am2"], []),
                ("Le Premier ministre prétend que les violences sont orchestrées par l'opposition radicale et par des ONG financées depuis l'étranger.", ["am10"], [doubt("prétend")]),
            ],
            [
                ("La répression a été brutale : canons à eau, gaz lacrymogène et passages à tabac.", ["am6"], []),
                ("Des centaines de personnes ont été interpellées et des dizaines de manifestants et de journalistes ont été blessés.", ["am7", "am8"], [("agency", "agentless", "ont été interpellées"), ("agency", "agentless", "ont été blessés")]),
                ("Les défenseurs des droits humains dénoncent des mauvais traitements infligés aux personnes détenues.", [], [att("dénoncent")]),
                ("Plusieurs ambassadeurs géorgiens ont démissionné en signe de protestation.", ["am15"], []),
            ],
            [
                ("L'Union européenne a condamné l'usage de la force contre des manifestants pacifiques, et Washington a suspendu son partenariat stratégique avec Tbilissi.", ["am13", "am12"], [att("a condamné")]),
                ("Selon les sondages, quelque 80 % des Géorgiens souhaitent rejoindre l'Union européenne.", ["am24"], [att("Selon")]),
                ("Pays candidat depuis décembre 2023, la Géorgie a vu son processus d'adhésion gelé après l'adoption, au printemps, d'une loi sur l'influence étrangère inspirée, selon ses détracteurs, du modèle russe.", ["am23"], [att("selon")]),
                ("Le Rêve géorgien a été fondé par le milliardaire Bidzina Ivanichvili, qui a fait fortune en Russie et passe pour le véritable maître du pays.", ["am22"], []),
                ("Les législatives du 26 octobre, remportées officiellement par le parti au pouvoir, sont qualifiées de frauduleuses par l'opposition et par la présidente.", ["am21"], [att("qualifiées")]),
            ],
        ],
    },
    "de-schwarzmeer-rundschau.txt": {
        "header": " date 2024-12-30 (Schwarzmeer-Rundschau)",
        "paragraphs": [
            [("Georgien hat zwei Präsidenten: Kawelaschwili vereidigt, Surabischwili gibt nicht auf", ["am18", "am19"], [])],
            [
                ("Im georgischen Parlament ist am Sonntag Micheil Kawelaschwili als neuer Präsident vereidigt worden.", ["am18"], []),
                ("Der frühere Fußballprofi, der in den Neunzigerjahren für Manchester City spielte, war am 14. Dezember von einer Wahlversammlung als einziger Kandidat gewählt worden, die Opposition blieb der Abstimmung fern.", ["am17", "am16"], []),
                ("Am selben Tag verließ Amtsinhaberin Salome Surabischwili den Präsidentenpalast, erklärte aber, sie bleibe die einzige legitime Präsidentin des Landes.", ["am19"], [att("erklärte")]),
                ("Sie hält das im Oktober gewählte Parlament für illegitim, weil die Wahl gefälscht worden sei.", ["am11", "am21"], [att("hält")]),
            ],
            [
                ("Die Krise begann am 28. November, als Ministerpräsident Irakli Kobachidse ankündigte, die Frage von EU-Beitrittsverhandlungen bis Ende 2028 nicht auf die Tagesordnung zu setzen.", ["am1"], [att("ankündigte")]),
                ("Wenige Stunden zuvor hatte das Europäische Parlament in einer Entschließung die Wahl vom 26. Oktober als weder frei noch fair eingestuft und Sanktionen gegen Regierungsmitglieder sowie gegen den Parteigründer Bidsina Iwanischwili gefordert.", ["am3"], []),
                ("Seitdem versammeln sich Abend für Abend Tausende vor dem Parlament auf dem Rustaweli-Boulevard in Tiflis.", ["am5"], []),
                ("Die Polizei setzte Wasserwerfer und Tränengas ein, Hunderte Demonstranten wurden festgenommen, Dutzende Menschen verletzt, darunter viele Journalisten.", ["am6", "am7", "am8"], [("agency", "agentless", "wurden festgenommen"), ("agency", "agentless", "verletzt")]),
                ("Das Innenministerium spricht von gewalttätigen Demonstranten, die Polizisten mit Feuerwerkskörpern beschossen hätten.", ["am9"], [att("spricht von")]),
            ],
            [
                ("Die USA setzten bereits am 30. November ihre strategische Partnerschaft mit Georgien aus.", ["am12"], []),
                ("Am 27. Dezember verhängte Washington zudem Sanktionen gegen Iwanischwili, den Milliardär, der sein Vermögen in Russland gemacht hat und als eigentlicher Machthaber in Tiflis gilt.", ["am20", "am22"], []),
                ("Die EU verurteilte die Gewalt gegen friedliche Demonstranten, konnte sich bisher aber nicht auf gemeinsame Sanktionen einigen.", ["am13"], [att("verurteilte")]),
                ("Kremlsprecher Dmitri Peskow zog einen Vergleich mit dem Maidan in Kiew, betonte aber, Russland mische sich nicht ein.", ["am14"], [att("betonte")]),
            ],
            [
                ("Georgien ist seit Dezember 2023 EU-Beitrittskandidat, doch Brüssel hatte den Prozess schon nach dem im Frühjahr verabschiedeten Gesetz über ausländische Einflussnahme faktisch eingefroren.", ["am23"], []),
                ("Offiziell hatte die Regierungspartei Georgischer Traum die Parlamentswahl mit rund 54 Prozent gewonnen, die Opposition boykottiert das neue Parlament.", ["am21"], []),
                ("Kobachidse beteuert, das Ziel eines EU-Beitritts bis 2030 gelte weiterhin.", ["am4"], [att("beteuert")]),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (an): real events, like karabakh-exodus-2023, tavush-villages-2024,
# washington-summit-2025, peacekeepers-withdrawal-2024, azal-crash-2024, karapetyan-arrest-2025
# and tbilisi-protests-2024. The UN climate conference COP29 in Baku, 11-22 November 2024, run
# over into the early hours of Sunday 24 November: the new climate finance goal of at least 300
# billion dollars a year by 2035 for developing countries, with a call to scale finance from all
# sources to 1.3 trillion a year; the 100 billion pledge of 2009 it replaces; the draft of Friday
# 22 November with 250 billion; the criticism of the developing countries and small island states
# and the Indian delegate's objection in the closing plenary; Simon Stiell's and António
# Guterres's words; the Article 6 carbon market rules; COP30 in Belém; Ilham Aliyev's opening
# speech ("gift of God") and his attacks on Western critics and on France over its overseas
# territories; the French ecology minister Agnès Pannier-Runacher cancelling her trip; Argentina
# recalling its delegation; the COP29 president Mukhtar Babayev; background (the UAE host of 2023,
# Azerbaijan's oil and gas economy, the EU's gas deal of 2022, the arrests of journalists and
# activists, the Armenians held in Baku, Armenia's support for the bid in December 2023, Trump's
# election). As seven fictional outlets would report them mid-conference on 14-15 November (fr,
# hy) and after the deal on 24-25 November 2024 (en, az, tr, ru, de). Facts, dates and names are
# real; no figure beyond the dates, 300 billion, 1.3 trillion, 100 billion, 250 billion, 2009,
# 2035, 2022, 32 and two, and more than 100,000 (hy, background); the only quoted words are the
# "gift of God" as widely reported and the az outlet's "overseas territories". Reactions are
# paraphrased. Every sentence is original, none taken or paraphrased from a real outlet. Written
# blind, without looking at the concept lexicon, the cue lexicons, the aligner or the shipped
# samples. Do not rewrite these sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AN = {
    "an1": "The UN climate conference COP29 opened in Baku on Monday 11 November 2024 (hy: dozens of heads of state came to the opening; fr: as 'lundi')",
    "an2": "The talks, due to end on Friday 22 November, ran over and the final agreement was adopted in the early hours of Sunday 24 November (the az and ru headlines: the conference ended)",
    "an3": "The new climate finance goal: developed countries take the lead in mobilising at least 300 billion US dollars a year by 2035 for developing countries (the en, ru, tr and de headlines)",
    "an4": "The text calls on all actors to scale up finance for developing countries from all public and private sources to at least 1.3 trillion dollars a year by 2035",
    "an5": "The new goal replaces the 100 billion dollars a year pledged by rich countries in 2009 (de: in Copenhagen; ru: long unmet, experts recall; fr: the goal the conference must fix)",
    "an6": "A draft text of Friday 22 November put the figure at 250 billion dollars, which developing countries rejected",
    "an7": "Developing countries, small island states and the least developed countries criticised the deal as far too little (the en headline; tr: doubted with 'ileri sürdü'; az: adopted by consensus anyway)",
    "an8": "India's delegate objected in the closing plenary, calling the sum far too small (de: protesting against the adoption)",
    "an9": "UN climate chief Simon Stiell called the agreement an insurance policy for humanity (en: while admitting no country got everything it wanted)",
    "an10": "UN Secretary-General António Guterres said he had hoped for a more ambitious outcome",
    "an11": "Rules for international carbon markets under Article 6 of the Paris Agreement were agreed (en, az: after years of deadlock)",
    "an12": "The next conference, COP30, will be held in Belém, Brazil, in November 2025",
    "an13": "In his opening speech Ilham Aliyev called oil and gas a gift of God and said no country should be blamed for having such resources (en, ru, fr, hy, de: quoted; az, tr: unquoted)",
    "an14": "Aliyev accused Western politicians, media and NGOs / rights groups of double standards, hypocrisy and a smear campaign against Azerbaijan (the hy headline; fr: doubted with 'prétendu')",
    "an15": "Aliyev attacked France over its overseas territories, accusing it of repressing their people (ru, az, tr, fr, hy: naming New Caledonia; the fr headline)",
    "an16": "After Aliyev's attacks France's ecology minister Agnès Pannier-Runacher cancelled her trip to Baku (fr: calling the attacks unacceptable, the French negotiators staying; az, hy: not named; the fr headline)",
    "an17": "Argentina recalled its delegation from Baku on President Javier Milei's orders (hy: the president not named)",
    "an18": "The COP29 president is Mukhtar Babayev, Azerbaijan's minister of ecology (and natural resources), who spent most of his career at the state oil company SOCAR (fr, hy: SOCAR; az: praising the deal)",
    "an19": "Background: a year after the United Arab Emirates hosted COP28 in Dubai, the conference is again hosted by a major oil and gas producer",
    "an20": "Background: Azerbaijan's economy and exports depend heavily on oil and gas (hy: critics note)",
    "an21": "Background: in 2022 the EU signed a memorandum with Baku to increase its imports of Azerbaijani gas (az: and called Azerbaijan a reliable partner; ru: with a booster)",
    "an22": "Background: rights defenders denounce the arrests of many journalists and activists in Azerbaijan in the months before the conference",
    "an23": "Armenians remain held in Baku, among them former leaders of Karabakh and the former state minister Ruben Vardanyan (hy: most detained in autumn 2023, called political prisoners in Armenia; fr: their relatives see them as hostages; the hy headline)",
    "an24": "Background: in December 2023 Armenia and Azerbaijan agreed in a joint statement that Armenia would support (az: withdrawing its own candidacy) Azerbaijan's bid to host COP29 (hy: with the release of 32 Armenian and two Azerbaijani servicemen)",
    "an25": "Background: the talks were overshadowed by Donald Trump's election in the United States, who has promised to withdraw the US from the Paris Agreement again",
}

ARTICLES_AN = {
    "fr-vigie-des-iles.txt": {
        "header": " date 2024-11-14 (La Vigie des Îles)",
        "paragraphs": [
            [("COP29 : Ilham Aliev s'en prend à la France, Agnès Pannier-Runacher renonce à se rendre à Bakou", ["an15", "an16"], [])],
            [
                ("La ministre de la Transition écologique, Agnès Pannier-Runacher, a annoncé qu'elle ne se rendrait pas à la conférence de l'ONU sur le climat qui se tient à Bakou.", ["an16"], [att("a annoncé")]),
                ("Elle a qualifié d'inacceptables les attaques lancées contre la France par le président azerbaïdjanais.", ["an16"], [att("a qualifié")]),
                ("Les négociateurs français restent toutefois sur place pour défendre les positions de la France.", ["an16"], []),
            ],
            [
                ("Depuis la tribune de la COP29, Ilham Aliev avait accusé la France d'opprimer les populations de ses territoires d'outre-mer, à commencer par la Nouvelle-Calédonie.", ["an15"], [att("avait accusé")]),
                ("Dans son discours d'ouverture, il avait déjà qualifié le pétrole et le gaz de « don de Dieu », estimant qu'aucun pays ne devait être blâmé pour en posséder.", ["an13"], [att("qualifié"), ("scare-quote", "distancing", "« don de Dieu »"), att("estimant")]),
                ("Il a aussi prétendu que l'Azerbaïdjan était la cible d'une campagne de calomnies orchestrée par des responsables politiques, des médias et des ONG occidentaux.", ["an14"], [doubt("prétendu")]),
                ("Paris reproche de son côté à Bakou de s'ingérer en Nouvelle-Calédonie, où de violentes émeutes ont éclaté au printemps.", [], [att("reproche")]),
            ],
            [
                ("Ouverte lundi, la conférence doit fixer un nouvel objectif de financement climatique pour remplacer l'engagement de 100 milliards de dollars par an pris par les pays riches en 2009.", ["an1", "an5"], []),
                ("Elle est présidée par le ministre azerbaïdjanais de l'Écologie, Mukhtar Babayev, qui a fait l'essentiel de sa carrière à la compagnie pétrolière publique SOCAR.", ["an18"], []),
                ("Après les Émirats arabes unis l'an dernier, c'est de nouveau un grand producteur d'hydrocarbures qui accueille la COP.", ["an19"], []),
                ("L'Argentine a pour sa part rappelé sa délégation sur ordre du président Javier Milei.", ["an17"], []),
            ],
            [
                ("Les défenseurs des droits humains dénoncent l'arrestation de nombreux journalistes et militants en Azerbaïdjan dans les mois qui ont précédé la conférence.", ["an22"], [att("dénoncent")]),
                ("Des Arméniens restent par ailleurs détenus à Bakou, parmi lesquels d'anciens dirigeants du Haut-Karabakh et l'homme d'affaires Ruben Vardanian.", ["an23"], []),
                ("Leurs proches y voient des otages et demandent à la France de ne pas les oublier.", ["an23"], [att("y voient"), ("loaded", "contested", "otages")]),
            ],
        ],
    },
    "hy-sevani-alik.txt": {
        "header": " date 2024-11-15 (Սևանի ալիք)",
        "paragraphs": [
            [("Ալիևը կլիմայի գագաթնաժողովի ամբիոնից մեղադրում է Արևմուտքին, իսկ Բաքվի բանտերում մնում են հայ գերիները", ["an14", "an23"], [att("մեղադրում է")])],
            [
                ("Նոյեմբերի 11-ին Բաքվում մեկնարկեց ՄԱԿ-ի կլիմայի փոփոխության համաժողովը՝ COP29-ը, որի բացմանը ժամանել էին տասնյակ պետությունների ղեկավարներ։", ["an1"], []),
                ("Ադրբեջանի նախագահ Իլհամ Ալիևը բացման ելույթում նավթն ու գազը անվանեց «Աստծո պարգև»՝ պնդելով, որ ոչ մի երկիր չպետք է մեղադրվի դրանք ունենալու համար։", ["an13"], [att("անվանեց"), ("scare-quote", "distancing", "«Աստծո պարգև»"), doubt("պնդելով")]),
                ("Նա արևմտյան քաղաքական գործիչներին, լրատվամիջոցներին և հասարակական կազմակերպություններին մեղադրեց երկակի ստանդարտների և Ադրբեջանի դեմ զրպարտչական արշավ վարելու մեջ։", ["an14"], [att("մեղադրեց")]),
                ("Ալիևի թիրախում հայտնվեց նաև Ֆրանսիան, որին նա մեղադրեց անդրծովյան տարածքների, այդ թվում՝ Նոր Կալեդոնիայի բնակչությանը ճնշելու մեջ։", ["an15"], [att("մեղադրեց")]),
                ("Ի պատասխան՝ Ֆրանսիայի էկոլոգիական անցման նախարարը չեղարկեց Բաքու կատարելիք այցը։", ["an16"], []),
                ("Արգենտինան էլ, բայց այլ պատճառով, նախագահի հրահանգով հետ է կանչել իր պատվիրակությունը։", ["an17"], []),
            ],
            [
                ("Համաժողովը նախագահում է Ադրբեջանի էկոլոգիայի և բնական պաշարների նախարար Մուխթար Բաբաևը, որը երկար տարիներ աշխատել է պետական նավթային SOCAR ընկերությունում։", ["an18"], []),
                ("Քննադատները նշում են, որ համաժողովը հյուրընկալում է մի երկիր, որի տնտեսությունը հիմնված է նավթի և գազի վրա։", ["an20"], [att("նշում են")]),
                ("Իրավապաշտպանները հիշեցնում են, որ համաժողովին նախորդած ամիսներին Ադրբեջանում ձերբակալվել են բազմաթիվ լրագրողներ և ակտիվիստներ։", ["an22"], [att("հիշեցնում են"), ("agency", "agentless", "ձերբակալվել են")]),
            ],
            [
                ("Բաքվում շարունակում են պահվել նաև հայ գերիներ, այդ թվում՝ Արցախի նախկին ղեկավարները և Արցախի նախկին պետական նախարար Ռուբեն Վարդանյանը։", ["an23"], [("polity-label", "legitimising", "Արցախի նախկին ղեկավարները"), ("polity-label", "legitimising", "Արցախի նախկին պետական նախարար")]),
                ("Նրանց մեծ մասը ձերբակալվել է 2023 թվականի աշնանը՝ Ադրբեջանի ռազմական հարձակումից հետո, երբ ավելի քան 100 հազար հայ բռնի տեղահանվեց Արցախից։", ["an23"], [("agency", "agentless", "ձերբակալվել է"), ("loaded", "neutral", "ռազմական հարձակումից"), mv("forced", "բռնի տեղահանվեց")]),
                ("Հայաստանում նրանց անվանում են քաղբանտարկյալներ և պահանջում են նրանց ազատ արձակել։", ["an23"], [att("անվանում են"), ("loaded", "contested", "քաղբանտարկյալներ")]),
            ],
            [
                ("Հիշեցնենք, որ 2023 թվականի դեկտեմբերին Երևանն ու Բաքուն համատեղ հայտարարությամբ պայմանավորվեցին, որ Հայաստանը կաջակցի COP29-ը Բաքվում անցկացնելու Ադրբեջանի հայտին։", ["an24"], []),
                ("Նույն պայմանավորվածությամբ Ադրբեջանն ազատ արձակեց 32 հայ զինծառայողի, իսկ Հայաստանը՝ երկու ադրբեջանցի զինծառայողի։", ["an24"], []),
            ],
        ],
    },
    "en-tidemark-wire.txt": {
        "header": " date 2024-11-24 (Tidemark Wire)",
        "paragraphs": [
            [("COP29 ends with a $300 billion climate finance deal that poorer nations call far too small", ["an3", "an7"], [att("call")])],
            [
                ("Negotiators at the UN climate conference in Baku agreed early on Sunday that developed countries will take the lead in mobilising at least $300 billion a year by 2035 for developing nations.", ["an2", "an3"], []),
                ("The deal was adopted in the early hours of 24 November, well over a day after the talks had been due to close on Friday.", ["an2"], []),
                ("The text also calls on all actors to scale up finance for developing countries from public and private sources to at least $1.3 trillion a year by the same date.", ["an4"], []),
                ("The new goal replaces the pledge of $100 billion a year that rich nations made in 2009.", ["an5"], []),
            ],
            [
                ("A draft circulated by the Azerbaijani presidency on Friday had put the figure at $250 billion, which developing countries rejected out of hand.", ["an6"], [att("rejected")]),
                ("India's delegate objected in the closing plenary, saying the sum was far too small to meet the needs of developing countries.", ["an8"], [att("objected"), att("saying")]),
                ("Small island states and the least developed countries also said the deal fell well short of what they needed to cope with rising seas and extreme weather.", ["an7"], [att("said")]),
            ],
            [
                ("UN climate chief Simon Stiell called the agreement an insurance policy for humanity, while admitting that no country had got everything it wanted.", ["an9"], [att("called"), att("admitting")]),
                ("UN Secretary-General António Guterres said he had hoped for a more ambitious outcome but urged governments to build on it.", ["an10"], [att("said")]),
                ("Delegates also agreed on rules for international carbon markets under Article 6 of the Paris Agreement, an issue that had been stuck for years.", ["an11"], []),
            ],
            [
                ("The talks were overshadowed by Donald Trump's election victory in the United States, where he has promised to withdraw from the Paris Agreement again.", ["an25"], []),
                ("At the opening of the leaders' summit, President Ilham Aliyev of Azerbaijan called oil and gas a “gift of God” and said countries should not be blamed for having them.", ["an13"], [att("called"), ("scare-quote", "distancing", "“gift of God”"), att("said")]),
                ("His attacks on France over its overseas territories led the French ecology minister, Agnès Pannier-Runacher, to cancel her trip to Baku.", ["an15", "an16"], []),
                ("Azerbaijan, whose economy depends heavily on oil and gas, hosted the talks a year after the United Arab Emirates, another big producer, held them in Dubai.", ["an19", "an20"], []),
                ("The next conference, COP30, will take place in Belém, Brazil, in November 2025.", ["an12"], []),
            ],
        ],
    },
    "az-kulekli-seher.txt": {
        "header": " date 2024-11-24 (Küləkli şəhər)",
        "paragraphs": [
            [("COP29 Bakıda tarixi razılaşma ilə başa çatdı", ["an2"], [])],
            [
                ("Noyabrın 11-də Bakıda başlayan BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyasının Tərəflər Konfransının 29-cu sessiyası (COP29) noyabrın 24-ü səhərə yaxın yekun qərarların qəbulu ilə başa çatıb.", ["an1", "an2"], []),
                ("Konfransda inkişaf etmiş ölkələrin 2035-ci ilədək inkişaf etməkdə olan ölkələr üçün ildə ən azı 300 milyard dollar səfərbər etməsini nəzərdə tutan yeni iqlim maliyyəsi hədəfi razılaşdırılıb.", ["an3"], []),
                ("Sənəddə bütün mənbələrdən ayrılan iqlim maliyyəsinin 2035-ci ilədək ildə ən azı 1,3 trilyon dollara çatdırılması çağırışı da yer alıb.", ["an4"], []),
                ("COP29-un prezidenti, ekologiya və təbii sərvətlər naziri Muxtar Babayev razılaşmanı çoxtərəfli diplomatiyanın böyük uğuru kimi qiymətləndirib.", ["an18"], [att("qiymətləndirib")]),
                ("Bəzi inkişaf etməkdə olan ölkələr məbləğin kifayət etmədiyini bildirsələr də, sənəd konsensusla qəbul olunub.", ["an7"], [att("bildirsələr")]),
                ("Konfransda həmçinin Paris Sazişinin 6-cı maddəsi üzrə beynəlxalq karbon bazarlarının illərdir razılaşdırıla bilinməyən qaydaları qəbul olunub.", ["an11"], []),
            ],
            [
                ("Prezident İlham Əliyev konfransın açılışındakı çıxışında neft və qazın Allahın bəxş etdiyi nemət olduğunu, heç bir ölkənin təbii sərvətlərinə görə qınanmamalı olduğunu bəyan edib.", ["an13"], [att("bəyan edib")]),
                ("Dövlət başçısı Azərbaycana qarşı qərəzli kampaniya aparan bəzi Qərb siyasətçilərini, media qurumlarını və sözdə insan haqları təşkilatlarını ikili standartlarda ittiham edib.", ["an14"], [att("ittiham edib"), ("scare-quote", "marker", "sözdə")]),
                ("Prezident Fransanın sözdə “dənizaşırı ərazilərində”, o cümlədən Yeni Kaledoniyada yerli əhaliyə qarşı həyata keçirilən repressiyaları da pisləyib.", ["an15"], [("scare-quote", "marker", "sözdə"), ("scare-quote", "distancing", "“dənizaşırı ərazilərində”"), att("pisləyib")]),
                ("Bundan sonra Fransanın ekologiya naziri Bakıya səfərini ləğv edib.", ["an16"], []),
                ("Halbuki Avropa İttifaqı hələ 2022-ci ildə Azərbaycandan qaz idxalını artırmaq barədə memorandum imzalayıb və ölkəmizi etibarlı tərəfdaş adlandırıb.", ["an21"], [att("adlandırıb")]),
            ],
            [
                ("Xatırladaq ki, ötən ilin dekabrında Azərbaycan və Ermənistanın birgə bəyanatından sonra Ermənistan öz namizədliyini geri götürərək COP29-un Bakıda keçirilməsini dəstəkləmişdi.", ["an24"], []),
                ("Şübhəsiz, Bakı konfransı Azərbaycanın beynəlxalq nüfuzunu daha da artırıb.", [], [("booster", "booster", "Şübhəsiz")]),
                ("Növbəti konfrans, COP30, 2025-ci ilin noyabrında Braziliyanın Belen şəhərində keçiriləcək.", ["an12"], []),
            ],
        ],
    },
    "tr-hazar-ruzgari.txt": {
        "header": " date 2024-11-24 (Hazar Rüzgârı)",
        "paragraphs": [
            [("Bakü'deki COP29'da iklim finansmanı için yeni hedef: Yılda 300 milyar dolar", ["an3"], [])],
            [
                ("Azerbaycan'ın başkenti Bakü'de 11 Kasım'da başlayan BM İklim Değişikliği Konferansı (COP29), 24 Kasım Pazar sabahı varılan uzlaşmayla sona erdi.", ["an1", "an2"], []),
                ("Uzlaşmayla gelişmiş ülkeler, 2035 yılına kadar gelişmekte olan ülkeler için yılda en az 300 milyar dolar seferber etmeyi kabul etti.", ["an3"], []),
                ("Metinde ayrıca tüm kaynaklardan sağlanan iklim finansmanının 2035'e kadar yılda en az 1,3 trilyon dolara çıkarılması çağrısı yer alıyor.", ["an4"], []),
                ("Paris Anlaşması'nın 6. maddesi kapsamında uluslararası karbon piyasalarına ilişkin kurallar da kabul edildi.", ["an11"], []),
            ],
            [
                ("Müzakereleri, COP29 Başkanı olan Azerbaycan Ekoloji ve Doğal Kaynaklar Bakanı Muhtar Babayev yönetti.", ["an18"], []),
                ("Geçen yıl Birleşik Arap Emirlikleri'nin ev sahipliği yaptığı konferans, bu yıl da önemli bir petrol ve doğalgaz üreticisi olan Azerbaycan'da toplandı.", ["an19"], []),
                ("Azerbaycan Cumhurbaşkanı İlham Aliyev, zirvenin açılışında yaptığı konuşmada petrol ve doğalgazın Tanrı'nın bir lütfu olduğunu ve hiçbir ülkenin doğal kaynakları yüzünden suçlanamayacağını vurguladı.", ["an13"], [att("vurguladı")]),
                ("Aliyev, Azerbaycan'a karşı karalama kampanyası yürüten Batılı politikacıları ve medya kuruluşlarını ikiyüzlülükle suçladı.", ["an14"], [att("suçladı")]),
                ("Kuşkusuz Aliyev'in sözleri, iklim konusunda başkalarına ders veren Batı'nın çifte standardını gözler önüne serdi.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
            [
                ("Aliyev'in Fransa'yı Yeni Kaledonya başta olmak üzere denizaşırı topraklarındaki uygulamaları nedeniyle eleştirmesinin ardından Fransa Ekolojik Geçiş Bakanı Agnès Pannier-Runacher Bakü ziyaretini iptal etti.", ["an15", "an16"], [att("eleştirmesinin")]),
                ("Arjantin ise Devlet Başkanı Javier Milei'nin talimatıyla heyetini konferansın ilk günlerinde geri çekti.", ["an17"], []),
                ("Bazı gelişmekte olan ülkeler ve küçük ada devletleri, üzerinde uzlaşılan miktarın yetersiz olduğunu ileri sürdü.", ["an7"], [doubt("ileri sürdü")]),
                ("Türkiye de konferansa üst düzeyde katılarak kardeş Azerbaycan'a desteğini gösterdi.", [], []),
                ("Bir sonraki iklim konferansı COP30, 2025 yılında Brezilya'nın Belem kentinde yapılacak.", ["an12"], []),
            ],
        ],
    },
    "ru-okskii-nablyudatel.txt": {
        "header": " date 2024-11-25 (Окский наблюдатель)",
        "paragraphs": [
            [("Запад отделался 300 миллиардами: в Баку завершилась климатическая конференция ООН", ["an3", "an2"], [])],
            [
                ("Климатическая конференция ООН COP29 в Баку завершилась лишь в ночь на воскресенье, 24 ноября, более чем на сутки позже намеченного срока.", ["an2"], []),
                ("Развитые страны согласились к 2035 году мобилизовать для развивающихся государств не менее 300 млрд долларов в год.", ["an3"], []),
                ("В 2009 году богатые страны уже обещали выделять 100 млрд долларов ежегодно, но, как напоминают эксперты, и это обещание долго оставалось на бумаге.", ["an5"], [att("напоминают")]),
                ("Представительница Индии на заключительном пленарном заседании назвала итоговую сумму мизерной.", ["an8"], [att("назвала")]),
                ("Малые островные государства и беднейшие страны заявили, что таких денег им не хватит, чтобы справиться с последствиями изменения климата.", ["an7"], [att("заявили")]),
            ],
            [
                ("Показательно, что громче всех о спасении планеты говорят те самые страны, которые торгуются за каждый доллар.", [], []),
                ("В США тем временем готовится вернуться в Белый дом Дональд Трамп, который уже пообещал снова вывести США из Парижского соглашения.", ["an25"], []),
            ],
            [
                ("Хозяин форума, президент Азербайджана Ильхам Алиев, ещё на открытии назвал нефть и газ «даром Божьим» и заявил, что ни одну страну нельзя упрекать за её природные богатства.", ["an13"], [att("назвал"), ("scare-quote", "distancing", "«даром Божьим»"), att("заявил")]),
                ("Алиев обвинил западных политиков, правозащитников и журналистов в лицемерии и двойных стандартах.", ["an14"], [att("обвинил")]),
                ("Безусловно, доля правды в этом есть: ещё в 2022 году Евросоюз подписал с Баку меморандум об увеличении закупок азербайджанского газа.", ["an21"], [("booster", "booster", "Безусловно")]),
                ("Досталось и Франции, которую Алиев обвинил в подавлении жителей её заморских территорий, в том числе Новой Каледонии.", ["an15"], [att("обвинил")]),
                ("После этого министр экологического перехода Франции Аньес Панье-Рюнаше демонстративно отказалась ехать в Баку.", ["an16"], []),
                ("Так называемые защитники климата в Европе предпочли не заметить, что Париж сам не спешит расставаться с колониальным наследием.", [], [("scare-quote", "marker", "Так называемые")]),
            ],
            [
                ("Участники конференции также согласовали правила работы международных углеродных рынков по статье 6 Парижского соглашения.", ["an11"], []),
                ("Следующая конференция, COP30, пройдёт в ноябре 2025 года в бразильском Белене.", ["an12"], []),
            ],
        ],
    },
    "de-wetterfahne.txt": {
        "header": " date 2024-11-25 (Die Wetterfahne)",
        "paragraphs": [
            [("Magerer Kompromiss in Baku: 300 Milliarden Dollar jährlich für die Entwicklungsländer", ["an3"], [])],
            [
                ("Nach zwei Wochen zäher Verhandlungen hat die Weltklimakonferenz in Baku in der Nacht zum Sonntag einen Kompromiss zur Klimafinanzierung beschlossen, der viele Staaten enttäuscht zurücklässt.", ["an2"], []),
                ("Der Beschluss sieht vor, dass die Industrieländer bis 2035 mindestens 300 Milliarden Dollar pro Jahr für Klimaschutz und Anpassung in Entwicklungsländern mobilisieren.", ["an3"], []),
                ("Das ist dreimal so viel wie das bisherige Ziel von 100 Milliarden Dollar, auf das sich die reichen Staaten 2009 in Kopenhagen verständigt hatten.", ["an5"], []),
                ("Kritiker warnen jedoch, dass die Summe bis 2035 durch die Inflation deutlich an Wert verlieren dürfte.", [], [att("warnen"), ("hedge", "uncertain", "dürfte")]),
            ],
            [
                ("Noch am Freitag hatte ein Entwurf der aserbaidschanischen Konferenzleitung nur 250 Milliarden Dollar vorgesehen, was die Entwicklungsländer empört zurückwiesen.", ["an6"], [att("zurückwiesen")]),
                ("Alle Akteure werden zudem aufgerufen, die Klimafinanzierung aus öffentlichen und privaten Quellen bis 2035 auf mindestens 1,3 Billionen Dollar jährlich zu steigern.", ["an4"], []),
                ("Die kleinen Inselstaaten und die am wenigsten entwickelten Länder hatten deutlich mehr öffentliches Geld verlangt und sprechen nun von einem Ergebnis, das ihr Überleben nicht sichert.", ["an7"], [att("sprechen")]),
                ("Die Vertreterin Indiens protestierte im Abschlussplenum gegen die Annahme des Textes und nannte die Summe viel zu gering.", ["an8"], [att("protestierte"), att("nannte")]),
            ],
            [
                ("UN-Generalsekretär António Guterres erklärte, er habe auf ein ehrgeizigeres Ergebnis gehofft.", ["an10"], [att("erklärte")]),
                ("UN-Klimachef Simon Stiell sprach dagegen von einer Versicherungspolice für die Menschheit.", ["an9"], [att("sprach")]),
                ("Immerhin einigten sich die Staaten auf Regeln für den internationalen Handel mit CO2-Gutschriften nach Artikel 6 des Pariser Abkommens.", ["an11"], []),
                ("Überschattet wurde die Konferenz von der Wahl Donald Trumps, der die USA erneut aus dem Pariser Abkommen führen will.", ["an25"], []),
            ],
            [
                ("Gastgeber Aserbaidschan, dessen Exporte zum größten Teil aus Öl und Gas bestehen, hatte schon vor Beginn für Kritik gesorgt.", ["an20"], []),
                ("Präsident Ilham Alijew nannte Öl und Gas zur Eröffnung ein „Geschenk Gottes“ und warf westlichen Kritikern Heuchelei vor.", ["an13", "an14"], [att("nannte"), ("scare-quote", "distancing", "„Geschenk Gottes“"), att("warf")]),
                ("Die nächste Klimakonferenz findet im November 2025 im brasilianischen Belém an der Mündung des Amazonas statt.", ["an12"], []),
            ],
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Story (ao): real events, like karabakh-exodus-2023, tavush-villages-2024,
# washington-summit-2025, peacekeepers-withdrawal-2024, azal-crash-2024, karapetyan-arrest-2025,
# tbilisi-protests-2024 and baku-cop29-2024. The crisis between Azerbaijan and Russia in late June
# and early July 2025: the Russian police raids on members of the Azerbaijani community in
# Yekaterinburg (Sverdlovsk region) on Friday 27 June 2025 in a criminal case over murders
# committed years before; the two Safarov brothers who died during or after their detention and
# the others detained; Baku's charge that Russian police beat the brothers to death and tortured
# detainees, and its demand for an investigation and punishment; the cultural events of Russian
# organisations cancelled by Azerbaijan's culture ministry on 28 June and the planned visit of a
# Russian deputy prime minister called off; the police raid on the Baku office of Sputnik
# Azerbaijan on Monday 30 June and the staff detained, Russian citizens among them, whom media
# close to Baku call FSB officers; the group of Russian nationals detained in Baku on drug and
# cybercrime charges; Russia's foreign ministry summoning Azerbaijan's ambassador; Peskov's words;
# the analysts' "worst crisis"; background (the AZAL crash near Aktau in December 2024, Putin's
# apology for the "tragic incident", Aliyev's demands, the Azerbaijani community in Russia, the
# declaration on allied interaction of February 2022, the Russian peacekeepers' withdrawal from
# Karabakh in 2024, the North–South corridor). As seven fictional outlets would report them on
# 29-30 June (en, tr), 1 July (ru, az), 2 July (hy, fr) and 3 July 2025 (de). Facts, dates and
# names are real; no figure beyond the dates, 38 (and 67 in tr) for the crash, 2022, 2023, 2024,
# the ru outlet's hundreds of thousands and the hy outlet's more than 100,000 displaced in 2023;
# the brothers' first names, the deputy prime minister's, the ambassador's and the Sputnik staff's
# names are left out. Reactions are paraphrased; the only quoted words are short. Every sentence
# is original, none taken or paraphrased from a real outlet. Written blind, without looking at the
# concept lexicon, the cue lexicons, the aligner or the shipped samples. Do not rewrite these
# sentences to suit the tool.
# ---------------------------------------------------------------------------------------------
FACTS_AO = {
    "ao1": "On Friday 27 June 2025 Russian police raided homes of members of the Azerbaijani community in Yekaterinburg, Sverdlovsk region (the en, tr, ru, hy and de headlines; az: agentless; ru: as lawful investigative work)",
    "ao2": "The raids were part of a criminal investigation into murders committed years ago (en: attributed by investigators to a criminal group; tr: doubted with 'sözde' and 'iddia ediyor'; az: with 'iddia edir'; ru: stated, with suspects detained)",
    "ao3": "Two brothers of Azerbaijani origin, the Safarovs, died during or after their detention (az: killed by beating, in the outlet's own voice; the en, tr, az, fr and de headlines)",
    "ao4": "Several other people were detained in the raids (az: and tortured, it is reported; fr: inside Baku's charge)",
    "ao5": "Baku accused Russian police of beating the two brothers to death and of torturing detainees (ru, hy: doubted with 'утверждает' / 'պնդում է'; the en headline)",
    "ao6": "Baku demanded a swift investigation and the punishment of those responsible",
    "ao7": "On Saturday 28 June Azerbaijan's culture ministry cancelled all cultural events planned in Azerbaijan by Russian state and private organisations",
    "ao8": "Baku called off a planned visit by a Russian deputy prime minister",
    "ao9": "On Monday 30 June Azerbaijani police raided the Baku office of the Russian state news agency Sputnik Azerbaijan (the az headline)",
    "ao10": "Several Sputnik Azerbaijan staff members were detained, among them Russian citizens (the ru headline: Russians detained in Baku)",
    "ao11": "Media close to the Azerbaijani government call the office a spy nest and the detained Russians FSB officers (az: stated, with a booster, and the az headline; ru: scornfully, quoted; fr, de: attributed)",
    "ao12": "Azerbaijani police also detained a group of Russian nationals in Baku on suspicion of drug trafficking and cybercrime (fr: hearsay with 'aurait'; the ru headline)",
    "ao13": "Russia's foreign ministry summoned Azerbaijan's ambassador and protested against the detentions of Russian citizens",
    "ao14": "Kremlin spokesman Dmitry Peskov said the police operation in Yekaterinburg was linked to the investigation of crimes (ru, fr, de: and that Moscow regretted Baku's decisions)",
    "ao15": "Background: on 25 December 2024 an Azerbaijan Airlines (AZAL) passenger jet flying from Baku to Grozny crashed near Aktau in Kazakhstan, killing 38 people; Baku says it was hit by Russian air defence fire (en, tr, az, hy; ru: named only as the source of Baku's irritation)",
    "ao16": "Background: Putin apologised to Aliyev that the 'tragic incident' had happened in Russian airspace, without admitting that Russian air defence had hit the plane (quoted in en, az, hy, fr and de)",
    "ao17": "Background: Aliyev demanded that Russia admit its guilt, punish those responsible and pay compensation",
    "ao18": "Observers and analysts call it the worst / deepest crisis in relations between Moscow and Baku in years or decades",
    "ao19": "Background: a large Azerbaijani community lives and works in Russia (ru: hundreds of thousands)",
    "ao20": "Background: in February 2022 Putin and Aliyev signed a declaration on allied interaction between Russia and Azerbaijan (hy: in Moscow; the hy headline, with the 'allied' relations scare-quoted)",
    "ao21": "Background: the Russian peacekeepers left Karabakh in 2024",
    "ao22": "Background: Azerbaijan is a transit country on the North–South transport corridor linking Russia with Iran",
}

ARTICLES_AO = {
    "en-saltway-dispatch.txt": {
        "header": " date 2025-06-29 (Saltway Dispatch)",
        "paragraphs": [
            [("Azerbaijan accuses Russian police of killing two brothers in Yekaterinburg raids", ["ao5", "ao1", "ao3"], [att("accuses")])],
            [
                ("Azerbaijan has accused Russian police of beating two ethnic Azerbaijani brothers to death during raids on the Azerbaijani community in the Urals city of Yekaterinburg on Friday.", ["ao5", "ao1", "ao3"], [att("accused")]),
                ("The brothers, both surnamed Safarov, died during or shortly after their detention, and several other men were reportedly taken into custody.", ["ao3", "ao4"], [("hedge", "hearsay", "reportedly"), ("agency", "agentless", "taken into custody")]),
                ("Russian investigators said the operation in the Sverdlovsk region was part of a criminal case into murders committed years ago, which they attribute to a criminal group.", ["ao2"], [att("said"), att("attribute")]),
            ],
            [
                ("Azerbaijani officials condemned what they called the torture and killing of ethnic Azerbaijanis and demanded a swift investigation and the punishment of those responsible.", ["ao5", "ao6"], [att("condemned"), att("called")]),
                ("On Saturday the culture ministry in Baku cancelled all cultural events planned in Azerbaijan by Russian state and private organisations.", ["ao7"], []),
                ("Baku also called off a planned visit by a Russian deputy prime minister.", ["ao8"], []),
            ],
            [
                ("Relations between the two countries have been strained since December, when an Azerbaijan Airlines passenger jet flying from Baku to Grozny crashed near Aktau in Kazakhstan, killing 38 people.", ["ao15"], []),
                ("Baku says the plane was hit by Russian air defence fire over Grozny.", ["ao15"], [att("says")]),
                ("Vladimir Putin apologised to President Ilham Aliyev that the “tragic incident” had happened in Russian airspace, but stopped short of admitting that Russia had shot the plane down.", ["ao16"], [("scare-quote", "distancing", "“tragic incident”")]),
                ("Aliyev has demanded that Moscow admit its guilt, punish those responsible and pay compensation.", ["ao17"], []),
            ],
            [
                ("A large Azerbaijani community lives and works in Russia, many of its members in trade.", ["ao19"], []),
                ("Yekaterinburg is the administrative centre of the Sverdlovsk region in the Urals.", [], []),
            ],
        ],
    },
    "tr-turan-koprusu.txt": {
        "header": " date 2025-06-30 (Turan Köprüsü)",
        "paragraphs": [
            [("Yekaterinburg'da polis baskını: İki Azerbaycan Türkü kardeş hayatını kaybetti", ["ao1", "ao3"], [])],
            [
                ("Rusya'nın Sverdlovsk bölgesindeki Yekaterinburg kentinde 27 Haziran Cuma günü Azerbaycan Türklerine yönelik düzenlenen polis baskınlarında Safarov kardeşler hayatını kaybetti.", ["ao1", "ao3"], []),
                ("Baskınlarda başka soydaşlarımız da gözaltına alındı.", ["ao4"], [("agency", "agentless", "gözaltına alındı")]),
                ("Rus makamları, operasyonun yıllar önce işlenen cinayetlerle ilgili sözde bir soruşturma kapsamında yapıldığını iddia ediyor.", ["ao2"], [("scare-quote", "marker", "sözde"), doubt("iddia ediyor")]),
            ],
            [
                ("Bakü yönetimi, iki kardeşin Rus polisi tarafından dövülerek öldürüldüğünü ve gözaltındakilere işkence yapıldığını açıkladı.", ["ao5"], [att("açıkladı")]),
                ("Bakü, olayın derhal soruşturulmasını ve sorumluların cezalandırılmasını talep etti.", ["ao6"], []),
                ("Azerbaycan Kültür Bakanlığı da 28 Haziran'da Rus devlet ve özel kurumlarının ülkede düzenleyeceği tüm kültürel etkinlikleri iptal etti.", ["ao7"], []),
                ("Bir Rus başbakan yardımcısının Bakü'ye yapması planlanan ziyaret de iptal edildi.", ["ao8"], []),
                ("Kuşkusuz Bakü'nün kararlı tutumu, soydaşlarının onurunu her yerde koruyacağını bir kez daha gösterdi.", [], [("booster", "booster", "Kuşkusuz")]),
            ],
            [
                ("Moskova ile Bakü arasındaki ilişkiler, geçen aralıkta Kazakistan'ın Aktau kenti yakınlarında düşen AZAL uçağı nedeniyle zaten gergindi.", ["ao15"], []),
                ("Bakü'den Grozni'ye giden uçaktaki 67 kişiden 38'i hayatını kaybetmiş, Azerbaycan uçağın Rus hava savunmasınca vurulduğunu açıklamıştı.", ["ao15"], [att("açıklamıştı")]),
                ("Rusya Devlet Başkanı Vladimir Putin, olayın Rus hava sahasında yaşanmasından dolayı özür dilemiş, ancak uçağı Rus hava savunmasının vurduğunu kabul etmemişti.", ["ao16"], []),
                ("Cumhurbaşkanı İlham Aliyev ise Rusya'nın suçunu kabul etmesini, sorumluları cezalandırmasını ve tazminat ödemesini istemişti.", ["ao17"], []),
            ],
            [
                ("Rusya'da yaşayan kalabalık Azerbaycan Türkü topluluğu, son baskınların ardından derin bir tedirginlik yaşıyor.", ["ao19"], []),
                ("Türkiye'de de pek çok kişi sosyal medyada kardeş Azerbaycan'a destek mesajları paylaştı.", [], []),
            ],
        ],
    },
    "ru-stolichnyi-vestovoi.txt": {
        "header": " date 2025-07-01 (Столичный вестовой)",
        "paragraphs": [
            [("Обыски в Екатеринбурге и задержания россиян в Баку: Азербайджан идёт на обострение", ["ao1", "ao10", "ao12"], [])],
            [
                ("В понедельник азербайджанская полиция провела обыски в бакинской редакции агентства «Sputnik Азербайджан» и задержала нескольких его сотрудников, в том числе граждан России.", ["ao9", "ao10"], []),
                ("Азербайджанские СМИ поспешили объявить редакцию «шпионским гнездом», а задержанных — сотрудниками ФСБ, не утруждая себя доказательствами.", ["ao11"], [doubt("поспешили"), ("scare-quote", "distancing", "«шпионским гнездом»"), ("loaded", "contested", "шпионским гнездом")]),
                ("Кроме того, в Баку задержана группа российских граждан, которых обвиняют в наркоторговле и киберпреступлениях.", ["ao12"], [("agency", "agentless", "задержана"), att("обвиняют")]),
                ("МИД России вызвал посла Азербайджана и заявил решительный протест в связи с задержаниями россиян.", ["ao13"], [att("заявил")]),
            ],
            [
                ("Напомним, что обострение началось после того, как 27 июня правоохранительные органы Свердловской области провели следственные действия в Екатеринбурге.", ["ao1"], []),
                ("Следователи раскрывают громкие убийства, совершённые много лет назад, и задержали нескольких подозреваемых.", ["ao2", "ao4"], []),
                ("Двое задержанных, братья Сафаровы, скончались; Баку утверждает, что их забили до смерти.", ["ao3", "ao5"], [doubt("утверждает"), ("agency", "agentless", "забили")]),
                ("Пресс-секретарь президента Дмитрий Песков заявил, что действия полиции связаны с расследованием преступлений, и выразил сожаление в связи с решениями Баку.", ["ao14"], [att("заявил")]),
                ("Ранее Министерство культуры Азербайджана отменило все мероприятия российских государственных и частных организаций.", ["ao7"], []),
            ],
            [
                ("Показательно, что Баку говорит не о подозреваемых в убийствах, а о так называемых «жертвах полицейского произвола».", [], [("scare-quote", "marker", "так называемых"), ("scare-quote", "distancing", "«жертвах полицейского произвола»")]),
                ("Между тем в России живут и работают сотни тысяч азербайджанцев, и никто не ставит под сомнение их права.", ["ao19"], []),
                ("Ещё в феврале 2022 года Владимир Путин и Ильхам Алиев подписали декларацию о союзническом взаимодействии.", ["ao20"], []),
                ("Эксперты отмечают, что за показным возмущением Баку стоит раздражение, копившееся с декабрьской авиакатастрофы под Актау.", ["ao15"], [att("отмечают")]),
                ("Тогда Путин принёс Алиеву извинения за то, что трагический инцидент произошёл в российском воздушном пространстве.", ["ao16"], []),
            ],
        ],
    },
    "az-abseron-feneri.txt": {
        "header": " date 2025-07-01 (Abşeron fənəri)",
        "paragraphs": [
            [("Yekaterinburqda soydaşlarımız qətlə yetirildi, Bakıda “Sputnik”in casus yuvası ifşa olundu", ["ao3", "ao9", "ao11"], [("agency", "agentless", "qətlə yetirildi"), ("loaded", "contested", "casus yuvası")])],
            [
                ("İyunun 27-də Rusiyanın Yekaterinburq şəhərində azərbaycanlıların evlərinə basqınlar edilib, saxlanılan Səfərov qardaşları döyülərək öldürülüb.", ["ao1", "ao3"], [("agency", "agentless", "döyülərək öldürülüb")]),
                ("Rusiya hüquq-mühafizə orqanları isə reydlərin illər əvvəl törədilmiş qətllərlə bağlı istintaq çərçivəsində keçirildiyini iddia edir.", ["ao2"], [doubt("iddia edir")]),
                ("Reydlər zamanı daha bir neçə soydaşımız saxlanılıb, onlara işgəncə verildiyi bildirilir.", ["ao4"], [("agency", "agentless", "saxlanılıb"), ("agency", "agentless", "işgəncə verildiyi"), att("bildirilir")]),
            ],
            [
                ("Rəsmi Bakı Rusiya polisini soydaşlarımızı qətlə yetirməkdə və saxlanılanlara işgəncə verməkdə ittiham edib.", ["ao5"], [att("ittiham edib")]),
                ("Hadisənin dərhal araşdırılması və günahkarların cəzalandırılması tələb olunub.", ["ao6"], []),
                ("Ertəsi gün Mədəniyyət Nazirliyi Rusiyanın dövlət və özəl qurumlarının Azərbaycanda keçirməyi planlaşdırdığı bütün mədəni tədbirləri ləğv edib.", ["ao7"], []),
                ("Rusiya baş nazirinin müavininin Bakıya planlaşdırılan səfəri də ləğv olunub.", ["ao8"], []),
            ],
            [
                ("İyunun 30-da polis “Sputnik Azərbaycan” agentliyinin Bakıdakı ofisində axtarış aparıb və bir neçə əməkdaşı saxlayıb.", ["ao9", "ao10"], []),
                ("Saxlanılanlar arasında Rusiya vətəndaşları da var, mediada onların FSB əməkdaşları olduğu bildirilir.", ["ao10", "ao11"], [att("bildirilir")]),
                ("Şübhəsiz, jurnalistika pərdəsi altında fəaliyyət göstərən bu casus yuvası çoxdan bağlanmalı idi.", ["ao11"], [("booster", "booster", "Şübhəsiz"), ("loaded", "contested", "casus yuvası")]),
                ("Polis həmçinin narkotik ticarəti və kibercinayətkarlıqda şübhəli bilinən bir qrup Rusiya vətəndaşını saxlayıb.", ["ao12"], []),
                ("Moskva isə bu addımlara cavab olaraq Azərbaycanın səfirini Rusiya XİN-ə çağırıb.", ["ao13"], []),
            ],
            [
                ("Xatırladaq ki, dekabrın 25-də Bakıdan Qroznıya uçan AZAL təyyarəsi Rusiyanın hava hücumundan müdafiə sisteminin atəşinə məruz qaldıqdan sonra Aktau yaxınlığında qəzaya uğramış, 38 nəfər həlak olmuşdu.", ["ao15"], []),
                ("Vladimir Putin yalnız “faciəli hadisə”nin Rusiya hava məkanında baş verdiyinə görə üzr istəmiş, Rusiyanın günahını isə etiraf etməmişdi.", ["ao16"], [("scare-quote", "distancing", "“faciəli hadisə”")]),
                ("Prezident İlham Əliyev Rusiyadan günahını etiraf etməyi, təqsirkarları cəzalandırmağı və kompensasiya ödəməyi tələb etmişdi.", ["ao17"], []),
            ],
        ],
    },
    "hy-arevelyan-zhamatsuyts.txt": {
        "header": " date 2025-07-02 (Արևելյան ժամացույց)",
        "paragraphs": [
            [("Ռուսական ոստիկանության արշավանքը Եկատերինբուրգում և «դաշնակցային» հարաբերությունների ավարտը", ["ao1", "ao20"], [("scare-quote", "distancing", "«դաշնակցային»")])],
            [
                ("Հունիսի 27-ին Ռուսաստանի Սվերդլովսկի մարզի Եկատերինբուրգ քաղաքում ոստիկանությունը խուզարկություններ անցկացրեց ադրբեջանական համայնքի անդամների տներում։", ["ao1"], []),
                ("Ձերբակալվածներից երկուսը՝ Սաֆարով եղբայրները, մահացան։", ["ao3"], []),
                ("Բաքուն պնդում է, թե նրանց ծեծելով սպանել են ռուս ոստիկանները, և Մոսկվային մեղադրում է խոշտանգումների մեջ։", ["ao5"], [doubt("պնդում է"), att("մեղադրում է")]),
                ("Կրեմլի խոսնակ Դմիտրի Պեսկովը հայտարարեց, որ ոստիկանության գործողությունները կապված են հանցագործությունների քննության հետ։", ["ao14"], [att("հայտարարեց")]),
            ],
            [
                ("Ադրբեջանը պատասխանեց կոշտ քայլերով՝ չեղարկելով ռուսական բոլոր մշակութային միջոցառումները։", ["ao7"], []),
                ("Հունիսի 30-ին Բաքվում ոստիկանությունը խուզարկեց «Sputnik Ադրբեջան» գործակալության գրասենյակը և ձերբակալեց մի քանի աշխատակցի, այդ թվում՝ Ռուսաստանի քաղաքացիների։", ["ao9", "ao10"], []),
                ("Ի պատասխան՝ Ռուսաստանի ԱԳՆ-ն կանչեց Ադրբեջանի դեսպանին և բողոք հայտնեց։", ["ao13"], [att("բողոք հայտնեց")]),
            ],
            [
                ("Ընդամենը երեք տարի առաջ՝ 2022 թվականի փետրվարին, Պուտինն ու Ալիևը Մոսկվայում ստորագրեցին դաշնակցային փոխգործակցության մասին հռչակագիր։", ["ao20"], []),
                ("Այդ դաշինքի պայմաններում էր, որ Բաքուն 2023-ի սեպտեմբերին ռազմական հարձակում սկսեց Արցախի վրա, և ավելի քան 100 հազար հայ բռնի տեղահանվեց։", [], [("loaded", "neutral", "ռազմական հարձակում"), mv("forced", "բռնի տեղահանվեց")]),
                ("Ռուս խաղաղապահները, որոնք չպաշտպանեցին արցախցիներին, 2024-ին լքեցին տարածաշրջանը։", ["ao21"], []),
            ],
            [
                ("Բաքվի և Մոսկվայի միջև սառնությունը սկսվել էր դեռ դեկտեմբերին, երբ Ակտաուի մոտ կործանվեց AZAL-ի ուղևորատար ինքնաթիռը, որը, ըստ Բաքվի, խոցվել էր ռուսական հակաօդային պաշտպանության կողմից։", ["ao15"], [att("ըստ")]),
                ("Պուտինը ներողություն խնդրեց, որ «ողբերգական միջադեպը» տեղի է ունեցել Ռուսաստանի օդային տարածքում, սակայն չընդունեց Ռուսաստանի մեղքը։", ["ao16"], [("scare-quote", "distancing", "«ողբերգական միջադեպը»")]),
                ("Վերլուծաբանների կարծիքով՝ սա Մոսկվայի և Բաքվի հարաբերություններում վերջին տասնամյակների ամենախոր ճգնաժամն է։", ["ao18"], [att("կարծիքով")]),
                ("Անկասկած, Երևանը պետք է ուշադիր հետևի այս ճգնաժամին, քանի որ Մոսկվան այլևս Բաքվի դաշնակիցը չէ։", [], [("booster", "booster", "Անկասկած")]),
            ],
        ],
    },
    "fr-veilleur-de-l-oural.txt": {
        "header": " date 2025-07-02 (Le Veilleur de l'Oural)",
        "paragraphs": [
            [("Entre Moscou et Bakou, la crise s'envenime après la mort de deux frères à Iekaterinbourg", ["ao3"], [])],
            [
                ("Les relations entre la Russie et l'Azerbaïdjan traversent leur pire crise depuis des années, estiment de nombreux observateurs.", ["ao18"], [att("estiment")]),
                ("Tout est parti de descentes de police menées le 27 juin à Iekaterinbourg, dans l'Oural, contre des membres de la communauté azerbaïdjanaise.", ["ao1"], []),
                ("Selon les enquêteurs russes, l'opération visait à élucider des meurtres commis il y a plusieurs années.", ["ao2"], [att("Selon")]),
                ("Deux frères, Safarov de leur nom, sont morts au cours ou à l'issue de leur interpellation.", ["ao3"], []),
                ("Bakou accuse la police russe de les avoir battus à mort et d'avoir torturé d'autres personnes interpellées.", ["ao5", "ao4"], [att("accuse")]),
            ],
            [
                ("Le Kremlin, par la voix de Dmitri Peskov, a défendu une opération de police liée à des enquêtes criminelles et a dit regretter les décisions de Bakou.", ["ao14"], [att("a défendu"), att("a dit")]),
                ("Le ministère azerbaïdjanais de la Culture a annulé tous les événements culturels organisés par des institutions russes, et la visite prévue d'un vice-Premier ministre russe a été annulée.", ["ao7", "ao8"], []),
                ("Le 30 juin, la police azerbaïdjanaise a perquisitionné les locaux de Sputnik Azerbaïdjan à Bakou et interpellé plusieurs employés, dont des ressortissants russes.", ["ao9", "ao10"], []),
                ("Des médias proches du pouvoir à Bakou les présentent comme des agents du FSB.", ["ao11"], [att("présentent")]),
                ("Un groupe de citoyens russes aurait en outre été arrêté à Bakou, soupçonné de trafic de drogue et de cybercriminalité.", ["ao12"], [("hedge", "hearsay", "aurait"), ("agency", "agentless", "été arrêté")]),
                ("Moscou a convoqué l'ambassadeur d'Azerbaïdjan pour protester contre ces arrestations.", ["ao13"], []),
            ],
            [
                ("La relation s'était déjà dégradée après le crash d'un avion d'Azerbaijan Airlines près d'Aktaou, au Kazakhstan, le 25 décembre, qui avait fait 38 morts.", ["ao15"], []),
                ("Vladimir Poutine avait présenté ses excuses pour un « incident tragique » survenu dans l'espace aérien russe, sans reconnaître que la défense antiaérienne russe avait touché l'appareil.", ["ao16"], [("scare-quote", "distancing", "« incident tragique »")]),
                ("Signée en février 2022, la déclaration sur l'interaction alliée entre les deux pays semble aujourd'hui bien loin.", ["ao20"], [("hedge", "uncertain", "semble")]),
                ("Pour Moscou, l'enjeu est aussi économique : l'Azerbaïdjan est un maillon du corridor de transport Nord-Sud qui relie la Russie à l'Iran.", ["ao22"], []),
            ],
        ],
    },
    "de-steppenbote.txt": {
        "header": " date 2025-07-03 (Der Steppenbote)",
        "paragraphs": [
            [("Razzien, Tote und Festnahmen: Russland und Aserbaidschan im offenen Streit", ["ao1", "ao3"], [])],
            [
                ("Das Verhältnis zwischen Moskau und Baku ist so schlecht wie seit Jahrzehnten nicht, urteilen Beobachter in beiden Hauptstädten.", ["ao18"], [att("urteilen")]),
                ("Auslöser waren Razzien der russischen Polizei in Jekaterinburg am 27. Juni, die sich gegen Angehörige der aserbaidschanischen Gemeinde richteten.", ["ao1"], []),
                ("Nach Angaben der Ermittler ging es um alte Mordfälle.", ["ao2"], [att("Nach Angaben")]),
                ("Zwei Brüder namens Safarow starben während oder nach ihrer Festnahme, mehrere weitere Männer kamen in Haft.", ["ao3", "ao4"], []),
                ("Baku wirft der russischen Polizei vor, die beiden totgeschlagen und Festgenommene gefoltert zu haben, und verlangt eine Bestrafung der Verantwortlichen.", ["ao5", "ao6"], [att("wirft")]),
            ],
            [
                ("Kremlsprecher Dmitri Peskow verwies darauf, dass der Einsatz mit Ermittlungen zu Straftaten zusammenhänge, und bedauerte die Entscheidungen Bakus.", ["ao14"], [att("verwies")]),
                ("Baku sagte daraufhin russische Kulturveranstaltungen ab.", ["ao7"], []),
                ("Am 30. Juni durchsuchte die aserbaidschanische Polizei das Büro der Agentur Sputnik Aserbaidschan in Baku und nahm Mitarbeiter fest, darunter russische Staatsbürger.", ["ao9", "ao10"], []),
                ("Regierungsnahe Medien in Baku bezeichnen sie als FSB-Agenten.", ["ao11"], [att("bezeichnen")]),
                ("Zudem sollen in Baku mehrere Russen wegen Drogenhandels und Cyberkriminalität festgenommen worden sein.", ["ao12"], [("hedge", "hearsay", "sollen"), ("agency", "agentless", "festgenommen worden")]),
                ("Das russische Außenministerium bestellte daraufhin den aserbaidschanischen Botschafter ein und protestierte.", ["ao13"], [att("protestierte")]),
            ],
            [
                ("Die Spannungen reichen zurück bis zum Absturz eines Flugzeugs der Azerbaijan Airlines bei Aktau im Dezember, bei dem 38 Menschen ums Leben kamen.", ["ao15"], []),
                ("Putin entschuldigte sich damals für den „tragischen Zwischenfall“ im russischen Luftraum, ohne einen Abschuss durch die russische Flugabwehr einzuräumen, während Alijew ein Schuldeingeständnis, die Bestrafung der Verantwortlichen und Entschädigung verlangte.", ["ao16", "ao17"], [("scare-quote", "distancing", "„tragischen Zwischenfall“")]),
                ("Für Moskau steht viel auf dem Spiel: Aserbaidschan ist ein wichtiges Transitland auf dem Nord-Süd-Korridor nach Iran, und in Russland lebt eine große aserbaidschanische Gemeinde.", ["ao22", "ao19"], []),
                ("Seit dem Abzug der russischen Friedenstruppen aus Karabach im vergangenen Jahr hat Moskau im Südkaukasus ohnehin an Einfluss verloren.", ["ao21"], []),
            ],
        ],
    },
}


STORIES = {
    "sadakhlo-crossing-2026": (FACTS_A, ARTICLES_A),
    "kura-flood-2026": (FACTS_B, ARTICLES_B),
    "tavush-exchange-2026": (FACTS_C, ARTICLES_C),
    "syunik-landslide-2026": (FACTS_D, ARTICLES_D),
    "tovuz-pipeline-2026": (FACTS_E, ARTICLES_E),
    "sotk-shooting-2026": (FACTS_F, ARTICLES_F),
    "karabakh-graves-2026": (FACTS_G, ARTICLES_G),
    "meghri-railway-2026": (FACTS_H, ARTICLES_H),
    "fuzuli-mine-2026": (FACTS_I, ARTICLES_I),
    "nakhchivan-quake-2026": (FACTS_J, ARTICLES_J),
    "kirants-delimitation-2026": (FACTS_K, ARTICLES_K),
    "khosrov-wildfire-2026": (FACTS_L, ARTICLES_L),
    "dadivank-pilgrimage-2026": (FACTS_M, ARTICLES_M),
    "kapan-tailings-2026": (FACTS_N, ARTICLES_N),
    "jermuk-drone-2026": (FACTS_O, ARTICLES_O),
    "zvartnots-landing-2026": (FACTS_P, ARTICLES_P),
    "tbilisi-football-2026": (FACTS_Q, ARTICLES_Q),
    "meghri-pass-bus-2026": (FACTS_R, ARTICLES_R),
    "yerevan-cyberattack-2026": (FACTS_S, ARTICLES_S),
    "tavush-foot-and-mouth-2026": (FACTS_T, ARTICLES_T),
    "yerevan-gas-protest-2026": (FACTS_U, ARTICLES_U),
    "arpa-water-2026": (FACTS_V, ARTICLES_V),
    "yerevan-blackout-2026": (FACTS_W, ARTICLES_W),
    "dilijan-camp-poisoning-2026": (FACTS_X, ARTICLES_X),
    "yerevan-arms-trial-2026": (FACTS_Y, ARTICLES_Y),
    "yerevan-housing-protest-2026": (FACTS_Z, ARTICLES_Z),
    "ararat-hailstorm-2026": (FACTS_AA, ARTICLES_AA),
    "margara-crossing-2026": (FACTS_AB, ARTICLES_AB),
    "upper-lars-snowstorm-2026": (FACTS_AC, ARTICLES_AC),
    "gyumri-museum-theft-2026": (FACTS_AD, ARTICLES_AD),
    "kajaran-strike-2026": (FACTS_AE, ARTICLES_AE),
    "marneuli-election-2026": (FACTS_AF, ARTICLES_AF),
    "karabakh-exodus-2023": (FACTS_AG, ARTICLES_AG),
    "tavush-villages-2024": (FACTS_AH, ARTICLES_AH),
    "washington-summit-2025": (FACTS_AI, ARTICLES_AI),
    "peacekeepers-withdrawal-2024": (FACTS_AJ, ARTICLES_AJ),
    "azal-crash-2024": (FACTS_AK, ARTICLES_AK),
    "karapetyan-arrest-2025": (FACTS_AL, ARTICLES_AL),
    "tbilisi-protests-2024": (FACTS_AM, ARTICLES_AM),
    "baku-cop29-2024": (FACTS_AN, ARTICLES_AN),
    "yekaterinburg-raid-2025": (FACTS_AO, ARTICLES_AO),
}


def sentences(article):
    return [s for para in article["paragraphs"] for s in para]


def render(article):
    paras = [" ".join(text for text, _, _ in para) for para in article["paragraphs"]]
    return article["header"] + "\n\n" + "\n\n".join(paras) + "\n"


def gold(facts, articles):
    members = {fid: {} for fid in facts}
    cues = []
    for name, article in articles.items():
        for i, (_, fids, cs) in enumerate(sentences(article)):
            for fid in fids:
                members[fid].setdefault(name, []).append(i)
            for category, value, surface in cs:
                cues.append({"file": name, "sentence": i, "category": category, "value": value,
                             "surface": surface})
    out = {"facts": [], "cues": cues}
    for fid, label in facts.items():
        if len(members[fid]) < 2:
            sys.exit(f"fact {fid} is reported by fewer than two articles")
        out["facts"].append({"id": fid, "label": label, "members": members[fid]})
    return out


def check(binary, story, articles):
    files = [os.path.join(HERE, story, name) for name in sorted(articles)]
    proc = subprocess.run([binary, "compare", *files, "--format", "json"], capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"{story}: parallax compare failed: {proc.stderr.decode()}")
    data = json.loads(proc.stdout)
    ok = True
    for art in data["articles"]:
        name = os.path.basename(art["source"])
        want = [text for text, _, _ in sentences(articles[name])]
        got = [s["text"] for s in art["sentences"]]
        if want != got:
            ok = False
            print(f"{story}/{name}: segmentation differs from the written sentences")
            for i in range(max(len(want), len(got))):
                w = want[i] if i < len(want) else None
                g = got[i] if i < len(got) else None
                if w != g:
                    print(f"  [{i}] written: {w!r}\n  [{i}] parallax: {g!r}")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", metavar="BINARY", help="verify segmentation with this parallax binary")
    args = ap.parse_args()
    ok = True
    for story, (facts, articles) in STORIES.items():
        os.makedirs(os.path.join(HERE, story), exist_ok=True)
        for name, article in articles.items():
            with open(os.path.join(HERE, story, name), "w", encoding="utf-8") as f:
                f.write(render(article))
        with open(os.path.join(HERE, story, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(facts, articles), f, ensure_ascii=False, indent=1)
            f.write("\n")
        if args.check:
            ok &= check(args.check, story, articles)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
