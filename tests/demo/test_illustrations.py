"""Each sample story has a drawn picture of its own: no two alike, none a photo."""

import io
import itertools
import re

from django.template.loader import render_to_string
from django.utils import translation
from PIL import Image, ImageChops, ImageStat

from demo.drawings import illustration
from demo.sample_stories import SAMPLE_STORIES
from demo.story_scenes import STORY_SCENES


def thumbnail(seed):
    image = Image.open(io.BytesIO(illustration(seed, size=(320, 240)))).convert("L")
    return image.resize((64, 48))


def test_every_sample_story_has_its_own_scene():
    keys = [sample["key"] for sample in SAMPLE_STORIES]

    assert set(keys) == set(STORY_SCENES)
    scenes = [STORY_SCENES[key] for key in keys]
    assert len({(scene.setting, scene.people) for scene in scenes}) == len(keys)
    # Places vary with the stories: markets, classrooms, kitchens, pitches, a bus...
    assert len({scene.setting for scene in scenes}) >= 10


def test_no_two_sample_illustrations_look_nearly_the_same():
    thumbnails = {sample["key"]: thumbnail(sample["key"]) for sample in SAMPLE_STORIES}

    too_close = []
    for (first, a), (second, b) in itertools.combinations(thumbnails.items(), 2):
        # Mean difference of grey levels over the downscaled pictures, 0 to 255.
        difference = sum(ImageStat.Stat(ImageChops.difference(a, b)).mean)
        if difference < 12:
            too_close.append((first, second, round(difference, 1)))

    assert too_close == []


def test_the_people_drawn_vary_in_age_and_skin_tone():
    people = [person for scene in STORY_SCENES.values() for person in scene.people]

    assert {person.age for person in people} == {"child", "adult", "elder"}
    assert len({person.skin for person in people}) >= 6
    assert len({person.hair for person in people}) >= 8


def test_the_credits_say_how_the_pictures_were_made_in_each_language():
    credits = {}
    for language in ("es", "en", "pt", "pap"):
        with translation.override(language):
            credits[language] = render_to_string("includes/credits.html")

    assert "drawn for Somos with code" in credits["en"]
    assert "dibujados para Somos con código" in credits["es"]
    assert "djabujá pa Somos ku kódigo" in credits["pap"]
    assert all(re.search(r'Noto Sans.*href="[^"]*/OFL[.\w]*\.txt"', t) for t in credits.values())
