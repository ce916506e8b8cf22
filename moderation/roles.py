"""The staff roles: moderators of one or more campaigns, and editors of campaign content.

Which campaigns a moderator sees comes from their assignments; the groups give the permissions.
"""

from django.contrib.auth.models import Group, Permission

# Moderators and editors both extend the screening's lexicon.
LEXICON = [f"moderation.{action}_lexiconentry" for action in ("add", "change", "delete", "view")]

ROLES = {
    "moderator": [
        "stories.view_story",
        "stories.change_story",
        "stories.view_theme",
        "moderation.view_decision",
        "moderation.view_screeningfinding",
        *LEXICON,
    ],
    "editor": [
        f"campaigns.{action}_{model}"
        for model in ("campaign", "fact", "partner", "mediacontact")
        for action in ("add", "change", "delete", "view")
    ]
    + [
        "campaigns.view_pledge",
        "stories.add_theme",
        "stories.change_theme",
        "stories.view_theme",
        "stories.add_consenttext",
        "stories.view_consenttext",
        *LEXICON,
    ],
}


def setup_roles():
    """Create or update the groups with exactly their permissions; return the groups."""
    groups = []
    for name, codenames in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in (entry.split(".") for entry in codenames)
        ]
        group.permissions.set(permissions)
        groups.append(group)
    return groups
