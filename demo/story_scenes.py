"""Who and where each sample story's illustration shows, read from the story itself."""

from .people import Person as P
from .scenes import Scene

RED = (196, 72, 52)
BLUE = (38, 110, 150)
YELLOW = (236, 178, 60)
GREEN = (70, 140, 90)
PURPLE = (120, 70, 140)
ORANGE = (230, 120, 80)
NAVY = (40, 60, 110)
PINK = (210, 90, 130)
TEAL = (90, 160, 170)
BROWN = (150, 110, 60)
WHITE = (250, 250, 245)
GREY = (70, 70, 80)
DENIM = (44, 52, 80)
BLACK = (30, 30, 36)
KHAKI = (120, 100, 70)

STORY_SCENES = {
    # Daniela's arepas at the Saturday market, with Nelly from the next stall.
    "cl-01": Scene(
        "market",
        (
            P("tan", "ponytail", "black", YELLOW, DENIM, pose="hold", extras=("apron",)),
            P("light", "bun", "grey", PINK, GREY, age="elder", extras=("glasses",), skirt=True),
        ),
        props=("plate",),
    ),
    # A coach and his new goalkeeper on the dirt pitch.
    "cl-02": Scene(
        "pitch",
        (
            P("olive", "receding", "grey", NAVY, BLACK, extras=("moustache",)),
            P(
                "brown",
                "buzz",
                "black",
                GREEN,
                BLACK,
                age="child",
                pose="both_up",
                extras=("gloves",),
            ),
        ),
        props=("ball",),
    ),
    # A teacher with children from three countries.
    "cl-03": Scene(
        "classroom",
        (
            P("bronze", "curly", "black", TEAL, DENIM, age="child", pose="wave"),
            P("tan", "long", "brown", PURPLE, GREY, pose="open", extras=("glasses",)),
            P("light", "ponytail", "brown", RED, DENIM, age="child"),
        ),
        wall=(236, 232, 214),
    ),
    # The Thursday choir.
    "cl-04": Scene(
        "stage",
        (
            P("pale", "short", "blond", BLUE, DENIM, extras=("singing",)),
            P("brown", "bun", "black", ORANGE, BLACK, extras=("singing",), skirt=True),
            P("olive", "receding", "white", NAVY, GREY, age="elder", extras=("singing", "glasses")),
        ),
        wall=(244, 222, 180),
    ),
    # Sunday lunches in a shared flat.
    "cl-05": Scene(
        "table",
        (
            P("bronze", "braids", "black", YELLOW, DENIM),
            P("light", "long", "auburn", GREEN, GREY, pose="open"),
            P("tan", "short", "brown", NAVY, KHAKI, extras=("beard",)),
        ),
        wall=(210, 226, 214),
    ),
    # A small kiosk beside a school.
    "cl-06": Scene(
        "market",
        (
            P(
                "bronze",
                "short",
                "grey",
                TEAL,
                KHAKI,
                age="elder",
                pose="hold",
                extras=("apron", "moustache"),
            ),
            P("tan", "curly", "black", RED, DENIM, age="child", pose="wave"),
        ),
        wall=(250, 214, 170),
        props=("plate",),
    ),
    # A neighbour of seventy-four and the family next door, on a video call.
    "cl-07": Scene(
        "kitchen",
        (
            P(
                "pale",
                "bun",
                "white",
                PURPLE,
                GREY,
                age="elder",
                pose="hold",
                extras=("glasses",),
                skirt=True,
            ),
            P("brown", "long", "black", ORANGE, DENIM, pose="wave"),
        ),
        wall=(250, 236, 200),
        props=("phone",),
    ),
    # First job in a hardware store.
    "cl-08": Scene(
        "counter",
        (
            P("brown", "buzz", "black", RED, DENIM, extras=("vest",)),
            P("light", "receding", "brown", BLUE, KHAKI, pose="open", extras=("beard",)),
        ),
        wall=(220, 226, 232),
    ),
    # A class with four accents.
    "cl-09": Scene(
        "classroom",
        (
            P("deep", "braids", "black", YELLOW, NAVY, age="child", pose="both_up"),
            P("light", "long", "brown", GREEN, DENIM, pose="open"),
            P("tan", "buzz", "black", BLUE, GREY, age="child", pose="wave"),
        ),
        wall=(250, 240, 210),
    ),
    # A cuatro and a guitar.
    "cl-10": Scene(
        "stage",
        (
            P("tan", "short", "black", RED, BLACK, pose="hold"),
            P(
                "light",
                "receding",
                "white",
                NAVY,
                GREY,
                age="elder",
                pose="hold",
                extras=("glasses", "moustache"),
            ),
        ),
        wall=(200, 180, 220),
        props=("guitar", "guitar"),
    ),
    # Christmas hallacas with the neighbour upstairs.
    "cl-11": Scene(
        "table",
        (
            P("olive", "long", "brown", RED, DENIM, pose="hold"),
            P("light", "bun", "grey", GREEN, GREY, age="elder", skirt=True),
            P("tan", "ponytail", "black", YELLOW, DENIM, age="child", pose="wave"),
        ),
        wall=(240, 222, 214),
    ),
    # Pan de jamón at a neighbourhood bakery.
    "cl-12": Scene(
        "counter",
        (
            P("light", "short", "brown", WHITE, KHAKI, extras=("apron", "beard")),
            P(
                "bronze",
                "cap",
                "black",
                WHITE,
                GREY,
                pose="hold",
                extras=("apron",),
                accent=(250, 250, 245),
            ),
        ),
        wall=(246, 220, 170),
        props=("plate", "plate"),
    ),
    # A barbershop and the old football rivalry.
    "pe-01": Scene(
        "barbershop",
        (
            P("bronze", "buzz", "black", BLACK, DENIM, pose="hold", extras=("beard",)),
            P("tan", "receding", "grey", (0, 80, 160), KHAKI, age="elder", extras=("moustache",)),
        ),
        wall=(226, 236, 230),
        props=("scissors",),
    ),
    # Two cooks in a small cevichería.
    "pe-02": Scene(
        "kitchen",
        (
            P("tan", "bun", "black", WHITE, DENIM, extras=("apron",)),
            P("bronze", "ponytail", "brown", TEAL, GREY, pose="hold", extras=("apron",)),
        ),
        wall=(200, 226, 232),
        props=(),
    ),
    # Singing again in the parish choir.
    "pe-03": Scene(
        "stage",
        (
            P(
                "olive",
                "headscarf",
                "black",
                BLUE,
                GREY,
                extras=("singing",),
                accent=(30, 110, 110),
                skirt=True,
            ),
            P("bronze", "long", "black", PINK, DENIM, extras=("singing",)),
            P("tan", "short", "black", WHITE, NAVY, age="child", extras=("singing",)),
        ),
        wall=(236, 230, 246),
    ),
    # Evening English lessons in a courtyard.
    "pe-04": Scene(
        "classroom",
        (
            P("tan", "short", "black", BLUE, KHAKI, pose="open", extras=("glasses",)),
            P("bronze", "braids", "black", RED, DENIM, pose="hold"),
        ),
        wall=(246, 236, 210),
        props=("", "book"),
    ),
    # A capoeira circle with three accents.
    "pe-05": Scene(
        "court",
        (
            P("deep", "buzz", "black", WHITE, WHITE, pose="both_up"),
            P("bronze", "curly", "black", YELLOW, WHITE, age="child", pose="wave"),
            P("tan", "ponytail", "black", GREEN, WHITE, age="child", pose="open"),
        ),
    ),
    # A grandmother's recipes, now cooked in Peru.
    "pe-06": Scene(
        "kitchen",
        (
            P("brown", "curly", "black", ORANGE, DENIM, pose="hold", extras=("apron",)),
            P("brown", "buzz", "black", BLUE, GREY, age="child", pose="wave"),
            P("bronze", "ponytail", "black", PINK, DENIM, age="child"),
        ),
        wall=(236, 244, 214),
    ),
    # A marinera lesson, handkerchief in hand.
    "pe-07": Scene(
        "stage",
        (
            P("tan", "bun", "black", RED, RED, pose="wave", skirt=True),
            P("light", "braids", "brown", WHITE, WHITE, age="child", pose="wave", skirt=True),
        ),
        wall=(250, 230, 200),
        props=("handkerchief", "handkerchief"),
    ),
    # Words of Quechua at a hostel's front desk.
    "pe-08": Scene(
        "counter",
        (
            P("light", "long", "black", NAVY, GREY, pose="open"),
            P("bronze", "braids", "black", RED, BLACK, extras=("scarf",), accent=(200, 60, 90)),
        ),
        wall=(240, 226, 200),
    ),
    # The shared lunchbox of fifth grade.
    "pe-09": Scene(
        "classroom",
        (
            P("bronze", "short", "black", GREEN, DENIM, extras=("glasses", "moustache")),
            P("tan", "ponytail", "black", YELLOW, NAVY, age="child", pose="hold"),
            P("brown", "curly", "black", PURPLE, GREY, age="child", pose="wave"),
        ),
        wall=(230, 240, 248),
        props=("", "plate"),
    ),
    # Back in Peru with a Venezuelan accent, on the bus across Lima.
    "pe-10": Scene(
        "bus",
        (
            P("tan", "receding", "grey", KHAKI, DENIM, age="elder", extras=("glasses",)),
            P("olive", "long", "black", TEAL, GREY, pose="hold"),
        ),
        props=("", "phone"),
    ),
    # A first pachamanca with the building crew.
    "pe-11": Scene(
        "patio",
        (
            P("brown", "cap", "black", ORANGE, DENIM, pose="hold", accent=(250, 200, 40)),
            P(
                "bronze",
                "receding",
                "grey",
                NAVY,
                KHAKI,
                age="elder",
                pose="open",
                extras=("moustache",),
            ),
            P("tan", "buzz", "black", RED, DENIM, extras=("beard",)),
        ),
        wall=(230, 200, 160),
    ),
    # The neighbourhood committee's volleyball team.
    "pe-12": Scene(
        "court",
        (
            P("bronze", "bun", "black", PURPLE, BLACK, pose="both_up"),
            P("tan", "ponytail", "brown", TEAL, BLACK, pose="open"),
            P("brown", "long", "black", YELLOW, NAVY, pose="wave"),
        ),
        props=("ball",),
    ),
    # Sunday sancocho with more chairs, under the mango tree.
    "rg-01": Scene(
        "patio",
        (
            P("tan", "short", "grey", GREEN, GREY, age="elder", pose="open", skirt=True),
            P("bronze", "ponytail", "black", RED, DENIM, age="child", pose="wave"),
            P("olive", "buzz", "black", BLUE, KHAKI),
        ),
        wall=(250, 246, 226),
    ),
    # Singing parang with a cuatro.
    "rg-02": Scene(
        "street",
        (
            P("deep", "short", "black", RED, BLACK, pose="hold"),
            P("brown", "afro", "black", YELLOW, DENIM, extras=("singing",)),
            P("bronze", "bun", "grey", WHITE, NAVY, age="elder", extras=("singing",), skirt=True),
        ),
        props=("guitar", "night"),
    ),
    # Portuguese lessons on a church porch.
    "rg-03": Scene(
        "classroom",
        (
            P(
                "light",
                "short",
                "white",
                PINK,
                GREY,
                age="elder",
                pose="open",
                extras=("glasses",),
                skirt=True,
            ),
            P("tan", "long", "black", TEAL, DENIM, pose="hold"),
            P("bronze", "buzz", "black", ORANGE, KHAKI),
        ),
        wall=(236, 246, 236),
        props=("", "book"),
    ),
    # Learning Papiamentu at a snack bar.
    "rg-04": Scene(
        "counter",
        (
            P(
                "deep",
                "buzz",
                "grey",
                YELLOW,
                KHAKI,
                age="elder",
                pose="open",
                extras=("moustache",),
            ),
            P("tan", "curly", "black", WHITE, DENIM, pose="hold", extras=("apron",)),
        ),
        wall=(250, 240, 190),
        props=("", "plate"),
    ),
    # Ecuavóley in a park in Quito.
    "rg-05": Scene(
        "court",
        (
            P("tan", "ponytail", "black", PINK, BLACK, pose="both_up"),
            P("bronze", "cap", "black", BLUE, DENIM, accent=(40, 60, 110)),
            P("olive", "receding", "black", WHITE, KHAKI, pose="open", extras=("moustache",)),
        ),
        props=("ball",),
    ),
    # Saturday football after the night shift.
    "rg-06": Scene(
        "pitch",
        (
            P("tan", "short", "black", YELLOW, BLUE, pose="both_up"),
            P("light", "buzz", "blond", GREEN, WHITE, pose="open"),
            P("deep", "afro", "black", RED, BLACK),
        ),
        props=("", "ball"),
    ),
    # Two stalls side by side at the market.
    "rg-07": Scene(
        "market",
        (
            P("brown", "headscarf", "black", GREEN, KHAKI, pose="open", accent=(140, 30, 60)),
            P("light", "ponytail", "black", ORANGE, DENIM, pose="hold", extras=("apron",)),
        ),
        wall=(200, 230, 220),
        props=("", "plate"),
    ),
    # A pharmacist and his first mate.
    "rg-08": Scene(
        "counter",
        (
            P("olive", "short", "brown", WHITE, NAVY, pose="hold", extras=("glasses", "beard")),
            P("light", "long", "blond", TEAL, GREY),
        ),
        wall=(226, 240, 236),
    ),
    # A Venezuelan cuatro in a carnival bloco.
    "rg-09": Scene(
        "street",
        (
            P("brown", "short", "black", YELLOW, WHITE, pose="hold"),
            P("deep", "braids", "black", GREEN, BLUE, pose="both_up"),
            P("tan", "curly", "brown", PINK, DENIM, age="child", pose="wave"),
        ),
        props=("guitar", "drum"),
    ),
    # A cooking workshop that became a business.
    "rg-10": Scene(
        "kitchen",
        (
            P("pale", "ponytail", "auburn", BLUE, DENIM, pose="open"),
            P("brown", "bun", "black", YELLOW, GREY, pose="hold", extras=("apron",)),
            P("bronze", "long", "black", PURPLE, BLACK, extras=("apron",)),
        ),
        wall=(240, 236, 226),
    ),
    # Dande from house to house at New Year.
    "rg-11": Scene(
        "street",
        (
            P(
                "brown",
                "short",
                "grey",
                WHITE,
                KHAKI,
                age="elder",
                pose="hold",
                extras=("moustache",),
            ),
            P("tan", "buzz", "black", RED, DENIM, pose="hold"),
            P("deep", "curly", "black", BLUE, BLACK, extras=("singing",)),
        ),
        props=("drum", "guitar", "night"),
    ),
    # The children's first posada, with candles and songs.
    "rg-12": Scene(
        "street",
        (
            P("tan", "long", "brown", GREEN, DENIM, pose="open"),
            P("bronze", "buzz", "black", RED, NAVY, age="child", pose="wave"),
            P("olive", "ponytail", "black", YELLOW, GREY, age="child", extras=("singing",)),
        ),
        props=("night",),
    ),
}

# The campaign heroes: a wide gathering, people in the middle of the picture.
HERO_SCENES = {
    "somos-encuentro": Scene(
        "pitch",
        (
            P("light", "bun", "grey", PINK, GREY, age="elder", extras=("glasses",), skirt=True),
            P("tan", "ponytail", "black", YELLOW, DENIM, pose="wave", extras=("apron",)),
            P("brown", "buzz", "black", GREEN, BLACK, age="child", pose="both_up"),
            P("olive", "short", "brown", NAVY, KHAKI, pose="open", extras=("beard",)),
        ),
        wall=(250, 226, 200),
    ),
    "tu-causa-es-mi-causa": Scene(
        "street",
        (
            P("bronze", "braids", "black", RED, BLACK, pose="wave", extras=("scarf",)),
            P("tan", "receding", "grey", BLUE, KHAKI, age="elder", extras=("moustache",)),
            P("brown", "curly", "black", ORANGE, DENIM, age="child", pose="both_up"),
            P("light", "long", "black", TEAL, GREY, pose="open"),
        ),
    ),
    "one-step-closer": Scene(
        "stage",
        (
            P("deep", "afro", "black", YELLOW, DENIM, pose="open"),
            P("olive", "headscarf", "black", PURPLE, GREY, accent=(30, 110, 110), skirt=True),
            P("tan", "ponytail", "brown", GREEN, BLACK, age="child", pose="wave"),
            P("pale", "short", "white", BLUE, KHAKI, age="elder", extras=("glasses",)),
        ),
        wall=(236, 240, 250),
    ),
}
