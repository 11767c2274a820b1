"""Plain words for the executor, in the language of their interface (kk, ru, en).

The check is a pure core without Django, so its few sentences carry their own translations
here rather than in the gettext catalogues.
"""

ELEMENT_NAMES = {
    "salutation": {
        "en": "Salutation by name",
        "ru": "Обращение по имени",
        "kk": "Атымен қаратпа сөз",
    },
    "direct_answer": {
        "en": "Direct answer to the question",
        "ru": "Прямой ответ на вопрос",
        "kk": "Сұраққа тікелей жауап",
    },
    "decision": {
        "en": "Decision",
        "ru": "Решение по обращению",
        "kk": "Өтініш бойынша шешім",
    },
    "legal_reference": {
        "en": "Legal basis",
        "ru": "Правовое основание",
        "kk": "Құқықтық негіз",
    },
    "measures": {
        "en": "Measures taken",
        "ru": "Принятые меры",
        "kk": "Қабылданған шаралар",
    },
    "mechanism": {
        "en": "How to exercise the right",
        "ru": "Как реализовать право",
        "kk": "Құқықты іске асыру жолы",
    },
    "contacts": {
        "en": "Executor's contacts",
        "ru": "Контакты исполнителя",
        "kk": "Орындаушының байланыс деректері",
    },
    "appeal_rights": {
        "en": "How to appeal",
        "ru": "Порядок обжалования",
        "kk": "Шағымдану тәртібі",
    },
}

ADVICE = {
    "salutation": {
        "en": "Address the applicant by name and thank them for writing.",
        "ru": "Обратитесь к заявителю по имени и отчеству и поблагодарите за обращение.",
        "kk": "Өтініш берушіге аты-жөнімен қаратып, хабарласқаны үшін алғыс айтыңыз.",
    },
    "direct_answer": {
        "en": "Answer the question the applicant asked, about their street, house or case: "
        "what will be done, by when, or why not.",
        "ru": "Ответьте на тот вопрос, который задал заявитель, о его улице, доме или деле: "
        "что будет сделано и в какой срок, или почему нет.",
        "kk": "Өтініш беруші қойған сұраққа, оның көшесі, үйі немесе ісі туралы жауап беріңіз: "
        "не істеледі және қашан, немесе неге мүмкін емес.",
    },
    "decision": {
        "en": "State the decision plainly: satisfied, refused (and why) or explained.",
        "ru": "Прямо назовите решение: удовлетворено, отказано (и почему) или разъяснено.",
        "kk": "Шешімді анық жазыңыз: қанағаттандырылды, бас тартылды (себебімен) немесе "
        "түсіндірілді.",
    },
    "legal_reference": {
        "en": "Cite the article and the act your decision rests on, e.g. "
        '"point 2 of article 13 of the Law «On housing relations»".',
        "ru": "Укажите статью и акт, на которых основано решение, например "
        "«п. 2 ст. 13 Закона РК «О жилищных отношениях»».",
        "kk": "Шешім негізделген бап пен құқықтық актіні көрсетіңіз, мысалы "
        "«Тұрғын үй қатынастары туралы Заңның 13-бабының 2-тармағы».",
    },
    "measures": {
        "en": "Say what was done: the inspection, the visit, the order to the utility, "
        "the works and their dates.",
        "ru": "Напишите, что сделано: проверка, выезд на место, предписание, работы и их сроки.",
        "kk": "Не істелгенін жазыңыз: тексеру, орнына шығу, нұсқама, жұмыстар және олардың "
        "мерзімі.",
    },
    "mechanism": {
        "en": "Tell the applicant how to get what they are entitled to: which service, where, "
        "with which documents, and a link.",
        "ru": "Подскажите, как реализовать право: какая услуга, куда обратиться, какие "
        "документы, ссылка.",
        "kk": "Құқығын қалай іске асыратынын айтыңыз: қандай қызмет, қайда жүгіну керек, "
        "қандай құжаттар, сілтеме.",
    },
    "contacts": {
        "en": "Give your name, phone and e-mail so the applicant can ask you directly.",
        "ru": "Укажите ваши фамилию, телефон и электронную почту для вопросов.",
        "kk": "Сұрақтар үшін аты-жөніңізді, телефоныңызды және электрондық поштаңызды көрсетіңіз.",
    },
    "appeal_rights": {
        "en": "Explain how to appeal: to the higher body or to court, under article 91 of the "
        "Administrative Procedural and Process Code.",
        "ru": "Разъясните порядок обжалования: в вышестоящий орган или в суд по статье 91 АППК.",
        "kk": "Шағымдану тәртібін түсіндіріңіз: ӘРПК-нің 91-бабына сәйкес жоғары тұрған "
        "органға немесе сотқа.",
    },
}

VERDICT_NAMES = {
    "full": {"en": "Full answer", "ru": "Ответ по существу", "kk": "Мәні бойынша жауап"},
    "formal": {"en": "Formal reply", "ru": "Формальный ответ (отписка)", "kk": "Формалды жауап"},
    "off_topic": {
        "en": "Beside the point",
        "ru": "Ответ не по существу",
        "kk": "Сұраққа сай емес жауап",
    },
}

VERDICT_ADVICE = {
    "formal": {
        "en": "This reads as a formal reply: it says the appeal was considered but gives the "
        "applicant nothing to use. Write what will be done, by when, or why not.",
        "ru": "Это похоже на отписку: сказано, что обращение рассмотрено, но заявитель не "
        "узнаёт ничего полезного. Напишите, что будет сделано и когда, или почему нет.",
        "kk": "Бұл формалды жауапқа ұқсайды: өтініш қаралғаны айтылған, бірақ өтініш берушіге "
        "пайдалы ештеңе жоқ. Не істелетінін және қашан, немесе неге мүмкін емес екенін жазыңыз.",
    },
    "off_topic": {
        "en": "The answer does not speak of what the appeal asks about ({terms}). Check that "
        "you answer this applicant's question.",
        "ru": "В ответе нет того, о чём спрашивает заявитель ({terms}). Проверьте, что вы "
        "отвечаете на его вопрос.",
        "kk": "Жауапта өтініш берушінің сұрағы туралы ештеңе жоқ ({terms}). Оның сұрағына "
        "жауап беріп тұрғаныңызды тексеріңіз.",
    },
}

LANGUAGE_ADVICE = {
    "en": "The appeal is written in {appeal}, the answer in {answer}: answer in the "
    "applicant's language.",
    "ru": "Обращение написано на языке «{appeal}», а ответ — на «{answer}»: отвечайте на "
    "языке заявителя.",
    "kk": "Өтініш «{appeal}» тілінде жазылған, ал жауап «{answer}» тілінде: өтініш берушінің "
    "тілінде жауап беріңіз.",
}

LANGUAGE_NAMES = {
    "en": {"kk": "Kazakh", "ru": "Russian", "en": "English"},
    "ru": {"kk": "казахский", "ru": "русский", "en": "английский"},
    "kk": {"kk": "қазақ", "ru": "орыс", "en": "ағылшын"},
}

LANGUAGES = ("kk", "ru", "en")


def in_language(table: dict[str, str], language: str) -> str:
    return table.get(language) or table["en"]
