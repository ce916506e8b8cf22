from urllib.parse import parse_qs, urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.dateparse import parse_datetime
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaigns.countries import COUNTRIES
from campaigns.forms import CampaignChoiceField
from somos.forms import CHOOSE, REQUIRED, ProtectedForm
from somos.images import MAX_UPLOAD_BYTES, prepare_photo

from .kept_photos import find_kept
from .models import Story, Theme
from .text import longest_word, tidy_text

TITLE_MAX = 120
BODY_MIN = 100
BODY_MAX = 5000
LONGEST_WORD = 60


def reject_long_words(value):
    word = longest_word(value)
    if len(word) > LONGEST_WORD:
        raise ValidationError(
            _(
                "Please shorten or break up the very long word that starts with "
                "“%(start)s…”: words here may have at most %(max)s characters."
            ),
            code="long_word",
            params={"start": word[:20], "max": LONGEST_WORD},
        )


class TidyCharField(forms.CharField):
    """A text field that removes control and invisible characters before any check."""

    def __init__(self, *args, multiline=False, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("error_messages", {"required": REQUIRED})
        super().__init__(*args, **kwargs)
        self.validators.append(reject_long_words)

    def to_python(self, value):
        value = super().to_python(value)
        return tidy_text(value, multiline=self.multiline) if value else value


def length_messages(minimum=None, maximum=None):
    messages = {"required": REQUIRED}
    if minimum:
        messages["min_length"] = _(
            "Please write at least %(limit_value)d characters (now %(show_value)d)."
        )
    if maximum:
        messages["max_length"] = _(
            "Please write at most %(limit_value)d characters (now %(show_value)d)."
        )
    return messages


def normalise_video_url(value):
    """Return a canonical YouTube or Vimeo address for a video link, or raise."""
    invalid = ValidationError(
        _("Please give a link to a video on YouTube or Vimeo, such as https://youtu.be/…"),
        code="video_site",
    )
    try:
        parts = urlsplit(value if "://" in value else f"https://{value}")
    except ValueError as exc:
        raise invalid from exc
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https"):
        raise invalid
    path = [segment for segment in parts.path.split("/") if segment]
    if host in ("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"):
        if host == "youtu.be" and path:
            video_id = path[0]
        elif path[:1] == ["watch"]:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif path[:1] in (["shorts"], ["embed"], ["live"]) and len(path) > 1:
            video_id = path[1]
        else:
            video_id = ""
        if len(video_id) == 11 and all(c.isalnum() or c in "-_" for c in video_id):
            return f"https://www.youtube.com/watch?v={video_id}"
    elif host in ("vimeo.com", "www.vimeo.com", "player.vimeo.com"):
        video_id = next((segment for segment in path if segment.isdigit()), "")
        if video_id:
            return f"https://vimeo.com/{video_id}"
    raise invalid


class CampaignWithPlaceField(CampaignChoiceField):
    """The campaigns, each named with where it runs."""

    def label_from_instance(self, obj):
        if obj.is_regional:
            return format_lazy(_("{name} (the whole region)"), name=obj.name)
        return format_lazy("{name} ({country})", name=obj.name, country=obj.get_country_display())


# Joined when shown, so that the countries are named in the page's language.
REGION = lazy(lambda: ", ".join(str(name) for code, name in COUNTRIES if code != "XX"), str)()

PHOTO_CHOICES = [
    ("keep", _("Keep this photo")),
    ("replace", _("Choose another")),
    ("remove", _("Remove it")),
]
PHOTO_GONE = _(
    "Your photo was kept for an hour only and has now been deleted. Please choose it again."
)
MAX_PHOTO_MB = MAX_UPLOAD_BYTES // 1_048_576


class ShareStoryForm(ProtectedForm):
    campaign = CampaignWithPlaceField(
        help_text=format_lazy(_("The regional campaign runs in {countries}."), countries=REGION)
    )
    language = forms.ChoiceField(
        label=_("Language of your story"),
        choices=settings.LANGUAGES,
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
    title = TidyCharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        help_text=_("Up to 120 characters."),
        error_messages=length_messages(maximum=True),
    )
    body = TidyCharField(
        label=_("Your story"),
        multiline=True,
        min_length=BODY_MIN,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "Between 100 and 5,000 characters. Please leave out phone numbers, addresses and "
            "surnames of other people."
        ),
        error_messages=length_messages(minimum=True, maximum=True),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Optional. Choose what your story is about."),
        error_messages={"invalid_choice": CHOOSE, "invalid_pk_value": CHOOSE},
    )
    author_display = forms.ChoiceField(
        label=_("How should we name you?"),
        choices=Story.AuthorDisplay.choices,
        widget=forms.RadioSelect,
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
    author_name = TidyCharField(
        label=_("Your name"),
        max_length=80,
        required=False,
        help_text=_(
            "Not needed if you stay anonymous. With “first name only”, only the first word is "
            "shown."
        ),
        error_messages=length_messages(maximum=True),
    )
    author_role = forms.ChoiceField(
        label=_("You are"),
        choices=Story.AuthorRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
    country = forms.ChoiceField(
        label=_("Country where you live"),
        choices=[("", _("Choose a country")), *COUNTRIES],
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
    city = TidyCharField(
        label=_("City"),
        max_length=80,
        required=False,
        help_text=_("Optional."),
        error_messages=length_messages(maximum=True),
    )
    show_only_country = forms.BooleanField(
        label=_("Show only my country, not my city"), required=False
    )
    # Before the photo: the photo is prepared with it.
    blur_faces = forms.BooleanField(
        label=_("Blur the faces in my photo"),
        required=False,
        help_text=_(
            "A face shows who someone is: blur faces if anyone in the photo could be put at "
            "risk, such as a child, a neighbour, or someone whose papers are not in order. "
            "You will see the result before your story is sent."
        ),
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.FileInput(
            attrs={
                "accept": "image/jpeg,image/png,image/webp,image/heic,image/heif",
                "data-max-bytes": MAX_UPLOAD_BYTES,
                "data-too-large": format_lazy(
                    _("This photo is larger than {max} MB. Please choose a smaller one."),
                    max=MAX_PHOTO_MB,
                ),
                "data-wrong-type": _(
                    "This file is not a photo we can read. Please choose a JPEG, PNG, WebP or "
                    "HEIC photo."
                ),
            }
        ),
        help_text=_(
            "Optional. JPEG, PNG, WebP or HEIC, up to 10 MB. We remove the hidden data that "
            "could show where it was taken."
        ),
        error_messages={"invalid": _("Please choose the photo again."), "empty": REQUIRED},
    )
    # The key of the photo kept from an earlier try (see kept_photos), and what to do with it.
    kept_photo = forms.CharField(widget=forms.HiddenInput, required=False)
    photo_choice = forms.ChoiceField(
        label=_("Your photo"),
        choices=PHOTO_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    photo_alt = TidyCharField(
        label=_("Describe your photo"),
        max_length=250,
        required=False,
        help_text=_("For people who cannot see it, e.g. “My daughter and I at the market”."),
        error_messages=length_messages(maximum=True),
    )
    video_url = forms.CharField(
        label=_("Video link"),
        max_length=300,
        required=False,
        help_text=_("Optional. A video of yours on YouTube or Vimeo."),
        error_messages=length_messages(maximum=True),
    )
    noindex = forms.BooleanField(label=_("Ask search engines not to list my story"), required=False)
    contact_email = forms.EmailField(
        label=_("E-mail (optional, private)"),
        required=False,
        max_length=254,
        help_text=_(
            "Only to send you the private link to your story and tell you when it is "
            "published. Never shown."
        ),
        error_messages={
            "invalid": _("Please write an e-mail address like name@example.org."),
            "max_length": _("This e-mail address is too long."),
        },
    )
    consent_publication = forms.BooleanField(
        error_messages={"required": _("Please tick to agree.")}
    )
    # Asked only with a photo: see clean().
    consent_photo = forms.BooleanField(required=False)
    consent_age = forms.BooleanField(error_messages={"required": _("Please tick to agree.")})

    # Slots of kept photos: the one this form goes on with, and one it no longer needs.
    kept = None
    superseded = None
    kept_now = False
    preview = ""
    # Shown once with the photo blurred, before it is sent.
    checking_blur = False

    def __init__(self, *args, consent_text, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("photo_alt", "consent_photo"):
            self.fields[name].needed_with_photo = True
        self.consent_text = consent_text
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["language"].initial = get_language()
        self.fields["consent_publication"].label = consent_text.publication
        self.fields["consent_photo"].label = consent_text.photo_rights
        self.fields["consent_age"].label = consent_text.age

    def clean_video_url(self):
        value = self.cleaned_data["video_url"].strip()
        return normalise_video_url(value) if value else ""

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        # A form that fails its protection is not worth decoding a photo for.
        if self.refused_as_automated:
            return None
        return prepare_photo(upload, blur_faces=self.cleaned_data.get("blur_faces", False))

    @property
    def refused_as_automated(self):
        """Whether the form was refused for its token, honeypot or speed."""
        return self.has_error("form_token") or self.has_error("website")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("author_display") in (
            Story.AuthorDisplay.FULL_NAME,
            Story.AuthorDisplay.FIRST_NAME,
        ) and not cleaned.get("author_name"):
            self.add_error("author_name", _("Please write your name, or choose to stay anonymous."))
        self.find_kept_photo(cleaned)
        if self.has_photo:
            if not cleaned.get("photo_alt"):
                self.add_error("photo_alt", _("Please describe your photo in a few words."))
            if not cleaned.get("consent_photo"):
                self.add_error("consent_photo", _("Please tick to agree."))
        return cleaned

    def find_kept_photo(self, cleaned):
        """The photo kept from an earlier try of this form, unless a new one replaces it."""
        key = cleaned.get("kept_photo")
        if not key or self.refused_as_automated:
            return
        slot = find_kept(key, self.submission_key)
        if cleaned.get("photo") or cleaned.get("photo_choice") == "remove":
            self.superseded = slot
        elif slot is not None:
            self.kept = slot
            if cleaned.get("photo_choice") == "replace" and not self.has_error("photo"):
                self.add_error("photo", _("Please choose the other photo, or keep this one."))
        elif not self.has_error("photo") and not self.already_sent:
            self.add_error("photo", PHOTO_GONE)

    @property
    def already_sent(self):
        """Whether this form's story is stored: a resent form finds its kept photo used."""
        return Story.objects.filter(submission_key=self.submission_key).exists()

    @property
    def has_photo(self):
        return bool(self.cleaned_data.get("photo") or self.kept)

    @property
    def blur_requested(self):
        """Blur asked now, or for the kept photo (which stays blurred: it cannot be undone)."""
        asked = self.cleaned_data.get("blur_faces") or (self.kept and self.kept.blur_requested)
        return bool(self.has_photo and asked)

    @property
    def blur_to_check(self):
        """Blur is asked for a photo its author has not yet seen blurred."""
        if not self.cleaned_data.get("blur_faces"):
            return False
        if self.cleaned_data.get("photo"):
            return True
        return self.kept is not None and not self.kept.blur_requested

    @property
    def blurred_count(self):
        return len(self.kept.faces) if self.kept and self.kept.blur_requested else 0

    def keep(self, slot, key):
        """Go on with a newly kept photo: the form shown again carries its key."""
        self.kept, self.kept_now = slot, True
        self.data = self.data.copy()
        self.data["kept_photo"] = key
        self.data["photo_choice"] = "keep"

    def forget_kept_photo(self):
        self.kept = None
        self.data = self.data.copy()
        self.data["kept_photo"] = ""

    @property
    def photo_needs_choosing_again(self):
        """A good photo was sent with a form that has errors and could not be kept."""
        return (
            self.is_bound
            and bool(self.files.get("photo"))
            and bool(self.errors)
            and not self.has_error("photo")
            and not self.kept_now
        )

    def story_fields(self):
        """The cleaned values, as `submit_story` takes them."""
        data = self.cleaned_data
        return {
            "campaign": data["campaign"],
            "language": data["language"],
            "title": data["title"],
            "body": data["body"],
            "themes": list(data["themes"]),
            "author_display": data["author_display"],
            "author_name": data["author_name"],
            "author_role": data["author_role"],
            "country": data["country"],
            "city": data["city"],
            "show_city": not data["show_only_country"],
            "photo": data["photo"],
            "kept_photo": self.kept,
            "blur_requested": self.blur_requested,
            "photo_alt": data["photo_alt"] if self.has_photo else "",
            "video_url": data["video_url"],
            "noindex": data["noindex"],
            "contact_email": data["contact_email"],
        }


class NamingForm(forms.ModelForm):
    """What an author may change after sending: how they are named and whether the city shows."""

    # When the page was shown: the change is refused if the story changed since.
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Story
        fields = ["author_display", "show_city"]
        labels = {
            "author_display": _("How should we name you?"),
            "show_city": _("Show my city"),
        }
        widgets = {"author_display": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.updated_at.isoformat()

    def clean_version(self):
        return parse_datetime(self.cleaned_data["version"] or "")

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("author_display") != Story.AuthorDisplay.ANONYMOUS
            and not self.instance.author_name
        ):
            self.add_error(
                "author_display",
                _("You did not give a name with your story, so it can only stay anonymous."),
            )
        return cleaned
