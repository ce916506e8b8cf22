from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def privacy(request):
    return render(request, "stories/privacy.html")
