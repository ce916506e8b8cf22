"""Demo content for stories: themes, the current consent text and the sample stories."""

import datetime
import functools
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from campaigns.models import Campaign
from somos.images import prepare_photo, store_photo
from stories.models import ConsentText, Story, Theme, hash_token

from .drawings import illustration_upload
from .sample_stories import SAMPLE_STORIES
from .story_scenes import STORY_SCENES

# Each theme: its slug, then its name in each language of settings.LANGUAGES, in that order.
THEMES = [
    ("diversity", "Diversidad", "Diversity", "Diversidade", "Diversidat"),
    ("inclusion", "Inclusión", "Inclusion", "Inclusão", "Inklushon"),
    ("community", "Comunidad", "Community", "Comunidade", "Komunidat"),
    ("work", "Trabajo", "Work", "Trabalho", "Trabou"),
    ("family", "Familia", "Family", "Família", "Famia"),
    ("culture", "Cultura", "Culture", "Cultura", "Kultura"),
    ("food", "Comida", "Food", "Comida", "Kuminda"),
    ("music", "Música", "Music", "Música", "Músika"),
    ("sport", "Deporte", "Sport", "Esporte", "Deporte"),
]

CONSENT_VERSION = "2026-11"
CONSENT_TEXTS = {
    "es": {
        "publication": (
            "Acepto que Somos publique mi historia, después de que una persona moderadora la "
            "lea, con el nombre que elegí arriba. Puedo retirarla cuando quiera con mi enlace "
            "privado."
        ),
        "photo_rights": (
            "Si envío una foto o un video, tengo derecho a compartirlo, y todas las personas "
            "que se pueden reconocer en él aceptaron que se publique."
        ),
        "age": (
            "Tengo 18 años o más, o mi madre, padre o tutor aceptó que comparta esta historia."
        ),
        "privacy_notice": (
            "Solo pedimos lo que la historia necesita. Tu correo nunca se publica. Una persona "
            "moderadora de tu país lee tu historia primero y puede quitar datos que te "
            "identifiquen. Las fotos se publican sin los datos ocultos que muestran dónde se "
            "tomaron. Puedes cambiar cómo te nombramos o retirar tu historia cuando quieras."
        ),
    },
    "en": {
        "publication": (
            "I agree that Somos publishes my story, after a moderator has read it, under the "
            "name I chose above. I can withdraw it at any time with my private link."
        ),
        "photo_rights": (
            "If I send a photo or a video, I have the right to share it, and every person who "
            "can be recognised in it agreed to its publication."
        ),
        "age": "I am 18 or older, or a parent or guardian agreed that I share this story.",
        "privacy_notice": (
            "We ask only what the story needs. Your e-mail address is never published. A "
            "moderator from your country reads your story first and can remove details that "
            "could identify you. Photos are published without the hidden data that shows where "
            "they were taken. You can change how you are named or withdraw your story at any "
            "time."
        ),
    },
    "pt": {
        "publication": (
            "Aceito que o Somos publique a minha história, depois que uma pessoa moderadora a "
            "ler, com o nome que escolhi acima. Posso retirá-la quando quiser com o meu link "
            "privado."
        ),
        "photo_rights": (
            "Se eu enviar uma foto ou um vídeo, tenho o direito de compartilhá-lo, e todas as "
            "pessoas que podem ser reconhecidas nele concordaram com a publicação."
        ),
        "age": (
            "Tenho 18 anos ou mais, ou minha mãe, meu pai ou responsável concordou que eu "
            "compartilhe esta história."
        ),
        "privacy_notice": (
            "Pedimos apenas o que a história precisa. Seu e-mail nunca é publicado. Uma pessoa "
            "moderadora do seu país lê sua história primeiro e pode retirar dados que "
            "identifiquem você. As fotos são publicadas sem os dados ocultos que mostram onde "
            "foram tiradas. Você pode mudar como é nomeado ou retirar sua história quando "
            "quiser."
        ),
    },
    "pap": {
        "publication": (
            "Mi ta di akuerdo pa Somos publiká mi historia, despues ku un moderador a les'é, "
            "ku e nòmber ku mi a skohe ariba. Mi por retirá e ki ora ku mi ke ku mi link privá."
        ),
        "photo_rights": (
            "Si mi manda un potrèt òf un vídeo, mi tin derecho di kompartí e, i tur hende ku "
            "por wòrdu rekonosé den dje a duna nan aprobashon pa e wòrdu publiká."
        ),
        "age": (
            "Mi tin 18 aña òf mas, òf mi mama, tata òf guardian a duna pèrmit pa mi kompartí e "
            "historia aki."
        ),
        "privacy_notice": (
            "Nos ta puntra djis loke e historia mester. Nunka nos ta publiká bo e-mail. Un "
            "moderador di bo pais ta lesa bo historia promé i por kita detayenan ku por "
            "identifiká bo. Nos ta publiká potrètnan sin e datonan skondí ku ta mustra unda nan "
            "a saka nan. Bo por kambia kon nos ta yama bo òf retirá bo historia ki ora ku bo ke."
        ),
    },
}


@functools.cache
def sample_photo(key):
    """A sample story's drawn illustration in its web sizes, drawn once per process."""
    return prepare_photo(illustration_upload(key))


@transaction.atomic
def load_themes():
    for position, (slug, *names) in enumerate(THEMES, start=1):
        fields = [f"name_{code}" for code, _name in settings.LANGUAGES]
        values = dict(zip(fields, names, strict=True))
        Theme.objects.update_or_create(slug=slug, defaults={**values, "position": position})


@transaction.atomic
def load_consent_texts():
    # A consent text is never rewritten once it exists: storytellers may have agreed to it.
    for language, texts in CONSENT_TEXTS.items():
        ConsentText.objects.get_or_create(
            version=CONSENT_VERSION, language=language, defaults=texts
        )


# The illustration's description, in the story's language, by the place it shows.
SAMPLE_PHOTO_ALT = {
    "market": {
        "es": "Ilustración de muestra: personas en un puesto de feria",
        "en": "Sample illustration: people at a market stall",
        "pt": "Ilustração de exemplo: pessoas numa banca de feira",
        "pap": "Ilustrashon di ehèmpel: hende na un tenchi di marshe",
    },
    "kitchen": {
        "es": "Ilustración de muestra: personas cocinando juntas",
        "en": "Sample illustration: people cooking together",
        "pt": "Ilustração de exemplo: pessoas cozinhando juntas",
        "pap": "Ilustrashon di ehèmpel: hende ta kushiná huntu",
    },
    "classroom": {
        "es": "Ilustración de muestra: una clase con su pizarra",
        "en": "Sample illustration: a class in front of a blackboard",
        "pt": "Ilustração de exemplo: uma aula diante do quadro",
        "pap": "Ilustrashon di ehèmpel: un klas dilanti di un bord",
    },
    "pitch": {
        "es": "Ilustración de muestra: personas en una cancha de fútbol",
        "en": "Sample illustration: people on a football pitch",
        "pt": "Ilustração de exemplo: pessoas num campo de futebol",
        "pap": "Ilustrashon di ehèmpel: hende riba un veld di futbòl",
    },
    "stage": {
        "es": "Ilustración de muestra: personas cantando y tocando música",
        "en": "Sample illustration: people singing and playing music",
        "pt": "Ilustração de exemplo: pessoas cantando e tocando música",
        "pap": "Ilustrashon di ehèmpel: hende ta kanta i toka músika",
    },
    "table": {
        "es": "Ilustración de muestra: personas compartiendo la mesa",
        "en": "Sample illustration: people sharing a meal",
        "pt": "Ilustração de exemplo: pessoas dividindo a mesa",
        "pap": "Ilustrashon di ehèmpel: hende ta kome huntu na mesa",
    },
    "patio": {
        "es": "Ilustración de muestra: una comida en un patio",
        "en": "Sample illustration: a meal in a back yard",
        "pt": "Ilustração de exemplo: uma refeição num quintal",
        "pap": "Ilustrashon di ehèmpel: un kuminda den un patio",
    },
    "counter": {
        "es": "Ilustración de muestra: personas detrás del mostrador de una tienda",
        "en": "Sample illustration: people behind a shop counter",
        "pt": "Ilustração de exemplo: pessoas atrás do balcão de uma loja",
        "pap": "Ilustrashon di ehèmpel: hende patras di toonbank di un tienda",
    },
    "barbershop": {
        "es": "Ilustración de muestra: un barbero y su cliente",
        "en": "Sample illustration: a barber and his customer",
        "pt": "Ilustração de exemplo: um barbeiro e seu cliente",
        "pap": "Ilustrashon di ehèmpel: un barbero i su kliente",
    },
    "court": {
        "es": "Ilustración de muestra: personas jugando en una cancha",
        "en": "Sample illustration: people playing on a court",
        "pt": "Ilustração de exemplo: pessoas jogando numa quadra",
        "pap": "Ilustrashon di ehèmpel: hende ta hunga riba un kancha",
    },
    "bus": {
        "es": "Ilustración de muestra: dos personas en un bus",
        "en": "Sample illustration: two people on a bus",
        "pt": "Ilustração de exemplo: duas pessoas num ônibus",
        "pap": "Ilustrashon di ehèmpel: dos persona den un bùs",
    },
    "street": {
        "es": "Ilustración de muestra: vecinos en una calle con luces",
        "en": "Sample illustration: neighbours in a street hung with lights",
        "pt": "Ilustração de exemplo: vizinhos numa rua enfeitada com luzes",
        "pap": "Ilustrashon di ehèmpel: bisiñonan den un kaya ku lus",
    },
}


@transaction.atomic
def load_sample_stories():
    """Publish the invented sample stories once; return how many were created."""
    campaigns = {c.slug: c for c in Campaign.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    existing = set(
        Story.objects.filter(submission_key__startswith="sample-").values_list(
            "submission_key", flat=True
        )
    )
    now = timezone.now()
    created = 0
    for sample in SAMPLE_STORIES:
        key = f"sample-{sample['key']}"
        if key in existing:
            continue
        campaign = campaigns[sample["campaign"]]
        language = sample["language"]
        published = now - datetime.timedelta(days=sample["days_ago"])
        story = Story(
            campaign=campaign,
            language=language,
            author_display=sample["author_display"],
            author_name=sample["author_name"],
            author_role=sample["author_role"],
            country=sample["country"],
            city=sample["city"],
            show_city=sample["show_city"],
            status=Story.Status.APPROVED,
            featured=sample["featured"],
            submitted_at=published - datetime.timedelta(days=2),
            published_at=published,
            is_sample=True,
            consent_text=ConsentText.objects.current(language),
            consented_at=published - datetime.timedelta(days=2),
            # Nobody holds a management link for a sample.
            management_token_hash=hash_token(secrets.token_urlsafe(32)),
            submission_key=key,
            photo_alt=SAMPLE_PHOTO_ALT[STORY_SCENES[sample["key"]].setting][language],
        )
        setattr(story, f"title_{language}", sample["title"])
        setattr(story, f"body_{language}", sample["body"])
        for translated, text in sample.get("translations", {}).items():
            setattr(story, f"title_{translated}", text["title"])
            setattr(story, f"body_{translated}", text["body"])
            story.translation_status[translated] = "reviewed"
        prepared = sample_photo(sample["key"])
        story.photo_files = store_photo(prepared)
        story.photo_width, story.photo_height = prepared.width, prepared.height
        story.save()
        story.themes.set([themes[slug] for slug in sample["themes"]])
        created += 1
    return created
