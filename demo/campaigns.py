"""Demo content for the three campaigns of the launch, from their press releases."""

import datetime
import functools

from django.core.files.base import ContentFile
from django.db import transaction

from campaigns.models import Campaign, Fact, MediaContact, Partner
from somos.images import prepare_logo, prepare_photo, store_logo, store_photo

from .drawings import briefing_kit, illustration_upload, logo
from .facts import FACTS

CAMPAIGNS = [
    {
        "slug": "somos-encuentro",
        "country": "CL",
        "colour": "#b3400e",
        "position": 1,
        "name": {
            "es": "Somos Encuentro",
            "en": "Somos Encuentro",
            "pt": "Somos Encuentro",
            "pap": "Somos Encuentro",
        },
        "hashtag": {
            "es": "#SomosEncuentro",
            "en": "#SomosEncuentro",
            "pt": "#SomosEncuentro",
            "pap": "#SomosEncuentro",
        },
        "tagline": {
            "es": "¿Qué nos une? Historias de encuentro entre chilenos, refugiados y migrantes.",
            "en": "What unites us? Stories of encounter between Chileans, refugees and migrants.",
            "pt": "O que nos une? Histórias de encontro entre chilenos, refugiados e migrantes.",
            "pap": "Kiko ta uni nos? Historia di enkuentro entre chileno, refugiado i migrante.",
        },
        "introduction": {
            "es": (
                "Una iniciativa de la OIM y ACNUR en el marco de la Plataforma R4V en Chile. "
                "Reúne historias de inclusión, intercambio cultural y diálogo comunitario que "
                "crean lazos de empatía y solidaridad, y comparte datos precisos para responder "
                "a los mitos y noticias falsas que alimentan la discriminación."
            ),
            "en": (
                "An initiative of IOM and UNHCR within the R4V platform in Chile. It gathers "
                "stories of inclusion, cultural exchange and community dialogue that build "
                "empathy and solidarity, and shares accurate data to answer the myths and fake "
                "news that feed discrimination."
            ),
            "pt": (
                "Uma iniciativa da OIM e do ACNUR no âmbito da Plataforma R4V no Chile. Reúne "
                "histórias de inclusão, intercâmbio cultural e diálogo comunitário que criam "
                "laços de empatia e solidariedade, e compartilha dados precisos para responder "
                "aos mitos e às notícias falsas que alimentam a discriminação."
            ),
            "pap": (
                "Un iniciativa di OIM i ACNUR den marko di e plataforma R4V na Chile. E ta "
                "reuní historia di inklushon, interkambio kultural i diálogo komunitario ku ta "
                "krea lasonan di empatia i solidaridat, i ta kompartí datonan presis pa "
                "kontestá e mitonan i notisia falso ku ta alimentá diskriminashon."
            ),
        },
    },
    {
        "slug": "tu-causa-es-mi-causa",
        "country": "PE",
        "colour": "#a3123a",
        "position": 2,
        "name": {
            "es": "Tu Causa es mi Causa",
            "en": "Tu Causa es mi Causa",
            "pt": "Tu Causa es mi Causa",
            "pap": "Tu Causa es mi Causa",
        },
        "hashtag": {
            "es": "#TuCausaEsMiCausa",
            "en": "#TuCausaEsMiCausa",
            "pt": "#TuCausaEsMiCausa",
            "pap": "#TuCausaEsMiCausa",
        },
        "tagline": {
            "es": "Peruanos y venezolanos construyendo juntos un futuro común.",
            "en": "Peruvians and Venezuelans building a shared future together.",
            "pt": "Peruanos e venezuelanos construindo juntos um futuro comum.",
            "pap": "Peruano i venezolano ta konstruí huntu un futuro komun.",
        },
        "introduction": {
            "es": (
                "Lanzada el 13 de octubre en Lima, Tumbes y Tacna por el Sistema de las "
                "Naciones Unidas, la OIM y ACNUR para fortalecer la solidaridad, promover la "
                "integración y combatir la xenofobia contra las personas venezolanas en el "
                "Perú, a partir de su tradición de solidaridad."
            ),
            "en": (
                "Launched on 13 October in Lima, Tumbes and Tacna by the United Nations system, "
                "IOM and UNHCR to strengthen solidarity, promote integration and counter "
                "xenophobia against Venezuelans in Peru, building on the country's tradition "
                "of solidarity."
            ),
            "pt": (
                "Lançada em 13 de outubro em Lima, Tumbes e Tacna pelo Sistema das Nações "
                "Unidas, a OIM e o ACNUR para fortalecer a solidariedade, promover a integração "
                "e combater a xenofobia contra as pessoas venezuelanas no Peru, a partir da sua "
                "tradição de solidariedade."
            ),
            "pap": (
                "Lansá riba 13 di òktober na Lima, Tumbes i Tacna pa e sistema di Nashonnan "
                "Uní, OIM i ACNUR pa fortalesé solidaridat, promové integrashon i kombatí "
                "xenofobia kontra venezolanonan na Perú, basá riba e tradishon di solidaridat "
                "di e pais."
            ),
        },
    },
    {
        "slug": "one-step-closer",
        "country": "",
        "colour": "#17559e",
        "position": 3,
        "name": {
            "es": "Acortemos Distancias",
            "en": "One Step Closer",
            "pt": "Reduzindo a Distância",
            "pap": "One Step Closer",
        },
        "hashtag": {
            "es": "#AcortemosDistancias",
            "en": "#OneStepCloser",
            "pt": "#ReduzindoADistância",
            "pap": "#OneStepCloser",
        },
        "tagline": {
            "es": (
                "Valores, tradiciones y costumbres que compartimos en América Latina y el Caribe."
            ),
            "en": "Values, traditions and customs we share across Latin America and the Caribbean.",
            "pt": "Valores, tradições e costumes que compartilhamos na América Latina e no Caribe.",
            "pap": "Balor, tradishon i kustumber ku nos ta kompartí na Merka Latino i Karibe.",
        },
        "introduction": {
            "es": (
                "Lanzada por la Plataforma R4V en Ciudad de Panamá el 24 de agosto de 2020, la "
                "campaña difunde mensajes de empatía, solidaridad y tolerancia hacia las "
                "personas refugiadas y migrantes en 25 países de América Latina y el Caribe, "
                "en español, inglés, portugués y papiamento."
            ),
            "en": (
                "Launched by the R4V platform in Panama City on 24 August 2020, the campaign "
                "carries messages of empathy, solidarity and tolerance towards refugees and "
                "migrants in 25 countries of Latin America and the Caribbean, in English, "
                "Spanish, Portuguese and Papiamentu."
            ),
            "pt": (
                "Lançada pela Plataforma R4V na Cidade do Panamá em 24 de agosto de 2020, a "
                "campanha leva mensagens de empatia, solidariedade e tolerância às pessoas "
                "refugiadas e migrantes em 25 países da América Latina e do Caribe, em "
                "português, espanhol, inglês e papiamento."
            ),
            "pap": (
                "Lansá pa e plataforma R4V na Siudat di Panamá riba 24 di ougùstùs 2020, e "
                "kampaña ta hiba mensahe di empatia, solidaridat i toleransia pa refugiado i "
                "migrante den 25 pais di Merka Latino i Karibe, na papiamentu, spañó, ingles i "
                "portugues."
            ),
        },
    },
]

KEY_IDEAS = {
    "somos-encuentro": {
        "es": "Diversidad\nInclusión\nComunidad",
        "en": "Diversity\nInclusion\nCommunity",
        "pt": "Diversidade\nInclusão\nComunidade",
        "pap": "Diversidat\nInklushon\nKomunidat",
    },
    "tu-causa-es-mi-causa": {
        "es": "Integración\nSolidaridad\nDiversidad",
        "en": "Integration\nSolidarity\nDiversity",
        "pt": "Integração\nSolidariedade\nDiversidade",
        "pap": "Integrashon\nSolidaridat\nDiversidat",
    },
    "one-step-closer": {
        "es": "Empatía\nSolidaridad\nTolerancia",
        "en": "Empathy\nSolidarity\nTolerance",
        "pt": "Empatia\nSolidariedade\nTolerância",
        "pap": "Empatia\nSolidaridat\nToleransia",
    },
}

HERO_ALT = {
    "somos-encuentro": {
        "es": "Ilustración de muestra: vecinas, vecinos y un niño en una cancha de fútbol",
        "en": "Sample illustration: neighbours and a child on a football pitch",
        "pt": "Ilustração de exemplo: vizinhos e uma criança num campo de futebol",
        "pap": "Ilustrashon di ehèmpel: bisiñonan i un mucha riba un veld di futbòl",
    },
    "tu-causa-es-mi-causa": {
        "es": "Ilustración de muestra: vecinas, vecinos y una niña en una calle de colores",
        "en": "Sample illustration: neighbours and a girl in a colourful street",
        "pt": "Ilustração de exemplo: vizinhos e uma menina numa rua colorida",
        "pap": "Ilustrashon di ehèmpel: bisiñonan i un mucha muhé den un kaya di koló",
    },
    "one-step-closer": {
        "es": "Ilustración de muestra: cuatro personas de distintas edades en una fiesta",
        "en": "Sample illustration: four people of different ages at a celebration",
        "pt": "Ilustração de exemplo: quatro pessoas de idades diferentes numa festa",
        "pap": "Ilustrashon di ehèmpel: kuater persona di diferente edat na un fiesta",
    },
}

# Each partner: its key, full name in each language, website, and the drawn mark beside it.
PARTNERS = [
    (
        "iom",
        {
            "es": "Organización Internacional para las Migraciones (OIM)",
            "en": "International Organization for Migration (IOM)",
            "pt": "Organização Internacional para as Migrações (OIM)",
            "pap": "Organisashon Internashonal pa Migrashon (OIM)",
        },
        "https://www.iom.int/",
        ("globe", "#0033a0"),
    ),
    (
        "unhcr",
        {
            "es": "ACNUR, la Agencia de la ONU para los Refugiados",
            "en": "UNHCR, the UN Refugee Agency",
            "pt": "ACNUR, a Agência da ONU para Refugiados",
            "pap": "ACNUR, e agensia di ONU pa refugiado",
        },
        "https://www.unhcr.org/",
        ("shelter", "#0072bc"),
    ),
    (
        "unicef",
        {
            "es": "UNICEF, el Fondo de las Naciones Unidas para la Infancia",
            "en": "UNICEF, the United Nations Children's Fund",
            "pt": "UNICEF, o Fundo das Nações Unidas para a Infância",
            "pap": "UNICEF, e Fondo di Nashonnan Uní pa Mucha",
        },
        "https://www.unicef.org/",
        ("family", "#1a6fb0"),
    ),
    (
        "r4v",
        {
            "es": "Plataforma R4V de Coordinación Interagencial para Refugiados y Migrantes de "
            "Venezuela",
            "en": "R4V Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela",
            "pt": "Plataforma R4V de Coordenação Interagencial para Refugiados e Migrantes da "
            "Venezuela",
            "pap": "Plataforma R4V di Koordinashon Interagensial pa Refugiado i Migrante di "
            "Venezuela",
        },
        "https://www.r4v.info/",
        ("network", "#7a2e8c"),
    ),
    (
        "un-peru",
        {
            "es": "Sistema de las Naciones Unidas en el Perú",
            "en": "United Nations system in Peru",
            "pt": "Sistema das Nações Unidas no Peru",
            "pap": "Sistema di Nashonnan Uní na Perú",
        },
        "https://peru.un.org/",
        ("leaves", "#2a6ebb"),
    ),
]

CAMPAIGN_PARTNERS = {
    "somos-encuentro": ["iom", "unhcr", "r4v"],
    "tu-causa-es-mi-causa": ["un-peru", "iom", "unhcr"],
    "one-step-closer": ["r4v", "iom", "unhcr", "unicef"],
}

# Invented press contacts: clearly sample names, example.org addresses and no phone number.
# The campaigns' real contacts are people: their details are not demo content.
SAMPLE_OFFICE = {
    "es": "Oficina de prensa de muestra",
    "en": "Sample press office",
    "pt": "Assessoria de imprensa de exemplo",
    "pap": "Ofisina di prensa di ehèmpel",
}
MEDIA_CONTACTS = {
    "somos-encuentro": [("Ana Ejemplo", "prensa.chile@example.org")],
    "tu-causa-es-mi-causa": [("Pablo Muestra", "prensa.peru@example.org")],
    "one-step-closer": [
        ("Alex Ejemplo", "press.region@example.org"),
        ("Rosa Demo", "imprensa.regiao@example.org"),
    ],
}

# The About page of each campaign. The organisations answering for the data are invented for the
# demonstration, with addresses that can receive no mail (example.org).
ABOUT = {
    "somos-encuentro": {
        "contact_email": "datos.somos-encuentro@example.org",
        "data_controller": {
            "es": "Oficina de datos de Somos Encuentro (organización de ejemplo), Santiago, Chile",
            "en": "Somos Encuentro data office (sample organisation), Santiago, Chile",
            "pt": "Escritório de dados do Somos Encuentro (organização fictícia), Santiago, Chile",
            "pap": "Ofisina di datos di Somos Encuentro (organisashon di ehèmpel), Santiago, Chile",
        },
    },
    "tu-causa-es-mi-causa": {
        "contact_email": "datos.tu-causa@example.org",
        "data_controller": {
            "es": "Oficina de datos de Tu Causa es mi Causa (organización de ejemplo), Lima, Perú",
            "en": "Tu Causa es mi Causa data office (sample organisation), Lima, Peru",
            "pt": "Escritório de dados do Tu Causa es mi Causa (organização fictícia), Lima, Peru",
            "pap": "Ofisina di datos di Tu Causa es mi Causa (organisashon di ehèmpel), Lima, Perú",
        },
    },
    "one-step-closer": {
        "contact_email": "data.one-step-closer@example.org",
        "data_controller": {
            "es": "Oficina regional de datos (organización de ejemplo), Ciudad de Panamá, Panamá",
            "en": "Regional data office (sample organisation), Panama City, Panama",
            "pt": "Escritório regional de dados (organização de exemplo), Cidade do Panamá, Panamá",
            "pap": "Ofisina regional di datos (organisashon di ehèmpel), Siudat di Panamá, Panamá",
        },
    },
}

ABOUT_RUN_BY = {
    "es": (
        "Texto de ejemplo. La campaña la llevan adelante organizaciones socias de la Plataforma "
        "R4V. Un equipo de moderación del país lee cada historia antes de publicarla."
    ),
    "en": (
        "Sample text. The campaign is run by partner organisations of the R4V platform. A "
        "moderation team in the country reads every story before it is published."
    ),
    "pt": (
        "Texto de exemplo. A campanha é conduzida por organizações parceiras da Plataforma R4V. "
        "Uma equipe de moderação do país lê cada história antes de publicá-la."
    ),
    "pap": (
        "Teksto di ehèmpel. Organisashonnan socio di e plataforma R4V ta hiba e kampaña. Un "
        "tim di moderashon den e pais ta lesa kada historia promé ku e ta publiká."
    ),
}

ABOUT_DATA_REQUESTS = {
    "es": (
        "Escríbenos a la dirección de contacto para saber qué datos tuyos guardamos o para que "
        "los borremos. Respondemos en un plazo de 30 días y nunca te pedimos documentos de "
        "identidad: basta con el enlace privado de tu historia o la dirección que nos diste."
    ),
    "en": (
        "Write to the contact address to know what we hold about you or to have it erased. We "
        "answer within 30 days and never ask for identity documents: your story's private link "
        "or the address you gave us is enough."
    ),
    "pt": (
        "Escreva para o endereço de contato para saber que dados seus guardamos ou para que os "
        "apaguemos. Respondemos em até 30 dias e nunca pedimos documentos de identidade: basta o "
        "link privado da sua história ou o endereço que você nos deu."
    ),
    "pap": (
        "Skirbi nos na e direkshon di kontakto pa sa kiko nos ta warda di bo òf pa nos kita "
        "esaki. Nos ta kontestá den 30 dia i nunka nos ta pidi dokumento di identidat: e link "
        "privá di bo historia òf e direkshon ku bo a duna nos ta basta."
    ),
}

# Demo facts that were campaign trivia rather than answers to a myth: gone on the next load.
RETIRED_FACTS = ["rg-campaign-countries", "rg-r4v-organisations"]

TRANSLATED_FIELDS = ("name", "tagline", "introduction", "hashtag")


@transaction.atomic
def load_campaigns():
    """Create or update the demo campaigns; return how many were created."""
    created_count = 0
    for data in CAMPAIGNS:
        values = {
            "country": data["country"],
            "colour": data["colour"],
            "position": data["position"],
            "is_active": True,
        }
        for field in TRANSLATED_FIELDS:
            for language, text in data[field].items():
                values[f"{field}_{language}"] = text
        for language, text in KEY_IDEAS[data["slug"]].items():
            values[f"key_ideas_{language}"] = text
        for language, text in HERO_ALT[data["slug"]].items():
            values[f"hero_alt_{language}"] = text
        about = ABOUT[data["slug"]]
        values["contact_email"] = about["contact_email"]
        for language, text in about["data_controller"].items():
            values[f"data_controller_{language}"] = text
        for language, text in ABOUT_RUN_BY.items():
            values[f"run_by_{language}"] = text
        for language, text in ABOUT_DATA_REQUESTS.items():
            values[f"data_requests_{language}"] = text
        _campaign, created = Campaign.objects.update_or_create(slug=data["slug"], defaults=values)
        created_count += created
    return created_count


# Drawing and encoding the demo images takes most of the time of loading the demo; each is drawn
# once per process, however often the demo is loaded (the test suite loads it for many tests).
@functools.cache
def demo_logo(shape, colour):
    return prepare_logo(logo(shape, colour))


@functools.cache
def demo_hero(slug):
    return prepare_photo(illustration_upload(slug, size=(1600, 640)))


@transaction.atomic
def load_campaign_details():
    """Partners, facts, media contacts, hero images and briefing kits of the demo campaigns.

    Images and files are made only once: a second run finds them and leaves them alone.
    """
    partners = {}
    for position, (key, names, url, (shape, colour)) in enumerate(PARTNERS, start=1):
        values = {f"name_{language}": name for language, name in names.items()}
        partner, _created = Partner.objects.update_or_create(
            url=url, defaults={**values, "position": position}
        )
        if not partner.logo:
            partner.logo = store_logo(demo_logo(shape, colour))
            partner.save()
        partners[key] = partner

    for campaign in Campaign.objects.filter(slug__in=CAMPAIGN_PARTNERS):
        campaign.partners.set([partners[key] for key in CAMPAIGN_PARTNERS[campaign.slug]])
        contacts = MEDIA_CONTACTS.get(campaign.slug, [])
        # Only the sample contacts stay on a demo campaign.
        campaign.media_contacts.exclude(email__in=[email for _name, email in contacts]).delete()
        for position, (name, email) in enumerate(contacts, start=1):
            offices = {f"organisation_{language}": text for language, text in SAMPLE_OFFICE.items()}
            MediaContact.objects.update_or_create(
                campaign=campaign,
                email=email,
                defaults={**offices, "name": name, "phone": "", "position": position},
            )
        if not campaign.hero_files:
            campaign.hero_files = store_photo(demo_hero(campaign.slug), kind="heroes")
            campaign.save()

    campaigns = {c.slug: c for c in Campaign.objects.all()}
    Fact.objects.filter(key__in=RETIRED_FACTS).delete()
    for fact in FACTS:
        values = {
            "campaign": campaigns[fact["campaign"]],
            "position": fact["position"],
            "source_url": fact["source_url"],
            "figure_date": datetime.date.fromisoformat(fact["figure_date"]),
        }
        for field in ("myth", "statement", "figure", "source_name"):
            for language, text in (fact[field] or {}).items():
                values[f"{field}_{language}"] = text
        Fact.objects.update_or_create(key=fact["key"], defaults=values)

    for campaign in campaigns.values():
        if not campaign.briefing_kit:
            lines = [campaign.tagline_en, campaign.introduction_en] + [
                f"{f.figure_en}: {f.statement_en} ({f.source_name_en}, {f.figure_date:%B %Y})"
                for f in campaign.facts.all()
            ]
            pdf = briefing_kit(f"{campaign.name_en}: briefing kit", tuple(lines))
            campaign.briefing_kit.save(f"{campaign.slug}-briefing-kit.pdf", ContentFile(pdf))
