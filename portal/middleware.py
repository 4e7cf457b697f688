"""The interface language: Vietnamese unless the user has chosen English.

Django's LocaleMiddleware also follows the browser's Accept-Language, which would show
English to every official whose phone is set to English. The portal is Vietnamese by
default; English comes only from the language switch (its cookie).
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
