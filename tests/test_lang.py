"""Tests for cleaner.lang: language guessing, tokenisation, stoplists."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cleaner import lang

DATA_DIR = Path(lang.__file__).parent / "data" / "stopwords"

# One short paragraph per language, written for these tests (same news item).
PARAGRAPHS = {
    "en": "The city council met on Tuesday to discuss the new budget, which includes more money for schools and public transport. Several members said that the plan was not ambitious enough.",
    "de": "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der mehr Geld für Schulen und den öffentlichen Nahverkehr vorsieht. Mehrere Mitglieder sagten, dass der Plan nicht ehrgeizig genug sei.",
    "fr": "Le conseil municipal s'est réuni mardi pour discuter du nouveau budget, qui prévoit davantage d'argent pour les écoles et les transports publics. Plusieurs membres ont dit que le plan n'était pas assez ambitieux.",
    "es": "El ayuntamiento se reunió el martes para discutir el nuevo presupuesto, que incluye más dinero para las escuelas y el transporte público. Varios miembros dijeron que el plan no era lo bastante ambicioso.",
    "it": "Il consiglio comunale si è riunito martedì per discutere il nuovo bilancio, che prevede più fondi per le scuole e per i trasporti pubblici. Diversi membri hanno detto che il piano non era abbastanza ambizioso.",
    "pt": "A câmara municipal reuniu-se na terça-feira para discutir o novo orçamento, que inclui mais dinheiro para as escolas e para os transportes públicos. Vários membros disseram que o plano não era suficientemente ambicioso.",
    "nl": "De gemeenteraad kwam dinsdag bijeen om de nieuwe begroting te bespreken, die meer geld voor scholen en het openbaar vervoer bevat. Verschillende leden zeiden dat het plan niet ambitieus genoeg was.",
    "ru": "Городской совет собрался во вторник, чтобы обсудить новый бюджет, который предусматривает больше денег для школ и общественного транспорта. Несколько депутатов заявили, что этот план недостаточно амбициозен.",
    "uk": "Міська рада зібралася у вівторок, щоб обговорити новий бюджет, який передбачає більше грошей для шкіл і громадського транспорту. Кілька депутатів заявили, що цей план недостатньо амбітний.",
    "pl": "Rada miasta zebrała się we wtorek, aby omówić nowy budżet, który przewiduje więcej pieniędzy na szkoły i transport publiczny. Kilku radnych powiedziało, że ten plan nie jest wystarczająco ambitny.",
    "cs": "Městská rada se v úterý sešla, aby projednala nový rozpočet, který počítá s více penězi pro školy a veřejnou dopravu. Několik členů řeklo, že tento plán není dost ambiciózní.",
    "sk": "Mestské zastupiteľstvo sa v utorok zišlo, aby prerokovalo nový rozpočet, ktorý počíta s viac peniazmi pre školy a verejnú dopravu. Niekoľko poslancov povedalo, že tento plán nie je dosť ambiciózny.",
    "ro": "Consiliul local s-a reunit marți pentru a discuta noul buget, care prevede mai mulți bani pentru școli și pentru transportul public. Mai mulți membri au spus că planul nu este suficient de ambițios.",
    "hu": "A városi tanács kedden ülésezett, hogy megvitassa az új költségvetést, amely több pénzt biztosít az iskoláknak és a tömegközlekedésnek. Több képviselő szerint a terv nem elég ambiciózus.",
    "tr": "Belediye meclisi salı günü yeni bütçeyi görüşmek için toplandı. Bütçe okullar ve toplu taşıma için daha fazla para içeriyor. Birkaç üye bu planın yeterince iddialı olmadığını söyledi.",
    "sv": "Kommunfullmäktige sammanträdde på tisdagen för att diskutera den nya budgeten, som innehåller mer pengar till skolor och kollektivtrafik. Flera ledamöter sa att planen inte var tillräckligt ambitiös.",
    "da": "Byrådet mødtes tirsdag for at drøfte det nye budget, som indeholder flere penge til skoler og offentlig transport. Flere medlemmer sagde, at planen ikke var ambitiøs nok, og at der burde gøres mere.",
    "no": "Bystyret møttes tirsdag for å diskutere det nye budsjettet, som inneholder mer penger til skoler og kollektivtransport. Flere medlemmer sa at planen ikke var ambisiøs nok, og at det burde gjøres mer.",
    "fi": "Kaupunginvaltuusto kokoontui tiistaina keskustelemaan uudesta talousarviosta, joka sisältää enemmän rahaa kouluille ja joukkoliikenteelle. Useat jäsenet sanoivat, että suunnitelma ei ole tarpeeksi kunnianhimoinen.",
    "el": "Το δημοτικό συμβούλιο συνεδρίασε την Τρίτη για να συζητήσει τον νέο προϋπολογισμό, ο οποίος προβλέπει περισσότερα χρήματα για τα σχολεία και τις δημόσιες συγκοινωνίες.",
    "bg": "Общинският съвет се събра във вторник, за да обсъди новия бюджет, който предвижда повече пари за училищата и за обществения транспорт. Няколко съветници казаха, че планът не е достатъчно амбициозен.",
    "hr": "Gradsko vijeće sastalo se u utorak kako bi raspravilo o novom proračunu, koji predviđa više novca za škole i javni prijevoz. Nekoliko vijećnika reklo je da plan nije dovoljno ambiciozan.",
    "sr": "Градско веће се састало у уторак како би разговарало о новом буџету, који предвиђа више новца за школе и јавни превоз. Неколико одборника је рекло да план није довољно амбициозан.",
    "sl": "Mestni svet se je v torek sestal, da bi razpravljal o novem proračunu, ki predvideva več denarja za šole in javni prevoz. Več svetnikov je dejalo, da načrt ni dovolj ambiciozen.",
    "lt": "Miesto taryba antradienį susirinko aptarti naujo biudžeto, kuriame numatyta daugiau pinigų mokykloms ir viešajam transportui. Keli nariai sakė, kad planas nėra pakankamai ambicingas.",
    "lv": "Pilsētas dome otrdien sanāca, lai apspriestu jauno budžetu, kurā paredzēts vairāk naudas skolām un sabiedriskajam transportam. Vairāki deputāti teica, ka plāns nav pietiekami vērienīgs.",
    "et": "Linnavolikogu kogunes teisipäeval, et arutada uut eelarvet, mis näeb ette rohkem raha koolidele ja ühistranspordile. Mitu liiget ütlesid, et see plaan ei ole piisavalt ambitsioonikas.",
    "vi": "Hội đồng thành phố đã họp vào thứ Ba để thảo luận về ngân sách mới, trong đó có thêm tiền cho các trường học và giao thông công cộng. Một số thành viên nói rằng kế hoạch này chưa đủ tham vọng.",
    "id": "Dewan kota bertemu pada hari Selasa untuk membahas anggaran baru, yang mencakup lebih banyak uang untuk sekolah dan transportasi umum. Beberapa anggota mengatakan bahwa rencana itu tidak cukup ambisius.",
    "ms": "Majlis bandaraya bermesyuarat pada hari Selasa untuk membincangkan belanjawan baharu, yang merangkumi lebih banyak wang bagi sekolah dan pengangkutan awam. Beberapa ahli berkata bahawa rancangan itu tidak cukup bercita-cita tinggi.",
    "ar": "اجتمع مجلس المدينة يوم الثلاثاء لمناقشة الميزانية الجديدة التي تتضمن المزيد من الأموال للمدارس والنقل العام. وقال عدد من الأعضاء إن الخطة ليست طموحة بما فيه الكفاية.",
    "fa": "شورای شهر روز سه‌شنبه برای بررسی بودجه جدید تشکیل جلسه داد که پول بیشتری برای مدارس و حمل و نقل عمومی در نظر گرفته است. چند عضو گفتند که این برنامه به اندازه کافی بلندپروازانه نیست.",
    "he": "מועצת העיר התכנסה ביום שלישי כדי לדון בתקציב החדש, הכולל יותר כסף לבתי הספר ולתחבורה הציבורית. כמה חברים אמרו שהתוכנית אינה שאפתנית מספיק.",
    "hi": "नगर परिषद ने मंगलवार को नए बजट पर चर्चा करने के लिए बैठक की, जिसमें स्कूलों और सार्वजनिक परिवहन के लिए अधिक धन का प्रावधान है। कई सदस्यों ने कहा कि यह योजना पर्याप्त महत्वाकांक्षी नहीं है।",
    "ko": "시의회는 화요일에 학교와 대중교통에 더 많은 예산을 배정하는 새 예산안을 논의하기 위해 모였다. 여러 의원들은 이 계획이 충분히 야심차지 않다고 말했다.",
    "ja": "市議会は火曜日に新しい予算について話し合うために集まりました。予算には学校と公共交通機関のための資金が多く含まれています。何人かの議員は、この計画は十分に野心的ではないと述べました。",
    "zh": "市议会周二召开会议，讨论新的预算。这份预算为学校和公共交通提供了更多的资金。一些议员说，这个计划还不够有雄心。",
    "th": "สภาเมืองได้ประชุมกันเมื่อวันอังคารเพื่อหารือเกี่ยวกับงบประมาณใหม่ ซึ่งมีเงินสำหรับโรงเรียนและการขนส่งสาธารณะมากขึ้น สมาชิกหลายคนกล่าวว่าแผนนี้ยังไม่ทะเยอทะยานพอ",
    "ca": "L'ajuntament es va reunir dimarts per debatre el nou pressupost, que inclou més diners per a les escoles i el transport públic. Diversos membres van dir que el pla no era prou ambiciós.",
    "mk": "Градскиот совет се состана во вторник за да го разгледа новиот буџет, кој предвидува повеќе пари за училиштата и јавниот превоз. Неколку советници рекоа дека планот не е доволно амбициозен.",
}

REQUIRED = (
    "en de fr es it pt nl ru uk pl cs sk ro hu tr sv da no fi el bg hr sr sl lt lv et "
    "vi id ms ar fa he hi ko ja zh th ca"
).split()


@pytest.mark.parametrize("iso", sorted(PARAGRAPHS))
def test_guess_language_paragraphs(iso: str) -> None:
    assert lang.guess_language(PARAGRAPHS[iso]) == iso


@pytest.mark.parametrize("iso", sorted(PARAGRAPHS))
def test_guess_survives_noise(iso: str) -> None:
    """A few digits, URLs and an English menu do not change the verdict."""
    noisy = "Home | Login | 2024-05-01 | https://example.com/x\n" + PARAGRAPHS[iso] * 2
    assert lang.guess_language(noisy) == iso


@pytest.mark.parametrize(
    "text", ["", "   ", "12345 678 -- 9,99 €", "!!! ... ???", "Home News Sport Weather"]
)
def test_guess_und(text: str) -> None:
    assert lang.guess_language(text) == "und"


def test_guess_is_deterministic_and_script_based() -> None:
    assert lang.guess_language("Главная Новости Спорт") == "ru"
    assert lang.guess_language("Їжак і ґанок") == "uk"
    assert lang.guess_language("東京タワー") == "ja"
    assert lang.guess_language("北京大学") == "zh"
    assert {lang.guess_language(PARAGRAPHS["pl"]) for _ in range(5)} == {"pl"}


def test_guess_returns_only_languages_with_stoplists() -> None:
    candidates, _ = lang._guess_model()
    returnable = {iso for langs in candidates.values() for iso in langs}
    returnable |= set(lang._SCRIPT_DEFAULT.values()) | {"zh", "ja"}
    assert set(REQUIRED) <= returnable
    for iso in returnable:
        assert lang.stopwords(iso), iso
    assert lang.stopwords("und")


def test_data_files_load() -> None:
    files = sorted(DATA_DIR.glob("*.txt"))
    assert {p.stem for p in files} >= set(REQUIRED)
    assert sum(p.stat().st_size for p in files) < 400_000
    for path in files:
        words = path.read_text(encoding="utf-8").split("\n")
        assert words[-1] == "" and all(words[:-1]), path.name
        words = words[:-1]
        assert len(words) >= 30, path.name
        assert len(set(words)) == len(words), path.name
        assert all(w == w.lower() and w.strip() == w for w in words), path.name
        assert lang.stopwords(path.stem) == frozenset(words)
    license_text = (DATA_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "Redistribution and use" in license_text and "MIT License" in license_text
    assert (DATA_DIR / "SOURCE.md").exists()


def test_stopwords_codes() -> None:
    assert "the" in lang.stopwords("en")
    assert lang.stopwords("EN-us") == lang.stopwords("en")
    assert lang.stopwords("nb") == lang.stopwords("no")
    assert lang.stopwords("pt_BR") == lang.stopwords("pt")
    und = lang.stopwords("und")
    assert lang.stopwords("xx") == und
    assert {"the", "der", "le", "el", "и"} <= und
    assert isinstance(und, frozenset)


def test_tokenize_basic() -> None:
    assert lang.tokenize("Hello, World! Don’t stop-me now 2024.") == [
        "hello", "world", "don't", "stop-me", "now", "2024",
    ]  # fmt: skip
    assert lang.tokenize("Über Straße naïve") == ["über", "straße", "naïve"]
    assert lang.tokenize("हिन्दी भाषा") == ["हिन्दी", "भाषा"]  # combining marks stay inside words
    assert lang.tokenize("") == []


def test_tokenize_cjk() -> None:
    assert lang.tokenize("我们是中国人。", "zh") == ["我", "们", "是", "中", "国", "人"]
    assert lang.tokenize("iPhone的价格2024年") == ["iphone", "的", "价", "格", "2024", "年"]
    assert lang.tokenize("東京の天気はコンピューター・ゲーム", "ja") == [
        "東", "京", "の", "天", "気", "は", "コンピューター", "ゲーム",
    ]  # fmt: skip


def test_tokenize_thai() -> None:
    text = "การประชุมของคณะกรรมการที่จัดขึ้นในวันนี้มีความสำคัญมาก"
    tokens = lang.tokenize(text, "th")
    assert "".join(tokens) == text
    assert {"ของ", "ที่", "ใน", "นี้", "มี"} <= set(tokens)
    assert lang.tokenize(text) == [text]  # not split without lang="th"


@pytest.mark.parametrize("iso", sorted(PARAGRAPHS))
def test_stopword_ratio_prose_high(iso: str) -> None:
    n, ratio = lang.stopword_ratio(PARAGRAPHS[iso], iso)
    assert n >= 15
    assert ratio >= 0.2, (iso, ratio)


def test_stopword_ratio_sanity() -> None:
    assert lang.stopword_ratio(PARAGRAPHS["en"], "en")[1] > 0.5
    assert lang.stopword_ratio("Home News Sport Weather", "en") == (4, pytest.approx(0.25))
    assert lang.stopword_ratio("Privacy Policy | Cookies | Contact", "en")[1] < 0.3
    assert lang.stopword_ratio("", "en") == (0, 0.0)
    assert lang.stopword_ratio("--- | ---", "en") == (0, 0.0)
    assert lang.stopword_ratio("首页 新闻 体育 娱乐 登录", "zh")[1] == 0.0
    assert lang.stopword_ratio(PARAGRAPHS["zh"], "zh")[1] > 0.2
    assert lang.stopword_ratio(PARAGRAPHS["ja"], "ja")[1] > 0.3
    assert lang.stopword_ratio("ホーム ニュース スポーツ ログイン", "ja")[1] == 0.0
    # unknown language falls back to the big European lists
    assert lang.stopword_ratio(PARAGRAPHS["en"], "und")[1] > 0.4


def _per_call(fn, *args, repeat: int) -> float:
    fn(*args)
    start = time.perf_counter()
    for _ in range(repeat):
        fn(*args)
    return (time.perf_counter() - start) / repeat


def test_speed() -> None:
    """Generous bounds (shared CI machines); typical figures are 5-10x lower."""
    page = (" ".join(PARAGRAPHS.values()) * 3)[:10_000]
    assert _per_call(lang.guess_language, page, repeat=50) < 0.01
    line = " ".join(PARAGRAPHS["de"].split()[:20])
    assert _per_call(lang.stopword_ratio, line, "de", repeat=2000) < 50e-6


def test_separators_part_words_alike() -> None:
    """Text of ASCII and typographic punctuation tokenises the same with the fast ASCII pattern."""
    for ch in lang._SEPARATORS:
        assert not lang._TOKEN.search(ch) and lang._TOKEN.findall(f"a{ch}a") == ["a", "a"]
    text = "it\u2019s \u201cdone\u201d \u2014 twenty\u2013one \u00abyes\u00bb\u2026 \u00a9 2024 co-op don't"
    assert lang._sample_tokens(text) == lang._TOKEN.findall(text)
