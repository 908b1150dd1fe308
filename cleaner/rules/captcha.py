"""CP: captcha prompts and bot checks."""

from __future__ import annotations

from ..registry import register
from .base import PromptRule


@register
class CaptchaPrompt(PromptRule):
    """Captcha prompts and "are you human" checks ("Security Key:", "Captcha refresh", "I'm not a robot").

    Why: the widget's labels survive scraping as short lines that belong to no article.
    False positives: a short line of an article about captchas ("Captcha farms") — kept when
    longer than 12 words.
    """

    code = "CP01"
    name = "captcha-prompt"
    what = "captcha prompt"
    examples = (
        "Article text that is long enough to be content.\n- Security Key:\n- Captcha refresh",
        "- Please verify you are human\n- Ich bin kein Roboter\n- Введите код с картинки",
        "Captcha farms pay workers in poor countries to solve puzzles for spammers, researchers found in a study.",
    )
    words = (
        "security key", "security code", "captcha", "recaptcha", "enter the code", "enter the characters",
        "type the characters", "i'm not a robot", "i am not a robot", "im not a robot", "verify you are human",
        "verify that you are human", "are you a robot", "are you human", "human verification", "bot check",
        "prove you are human", "checking your browser",
        "sicherheitscode", "ich bin kein roboter", "sicherheitsabfrage", "spamschutz",
        "je ne suis pas un robot", "code de sécurité", "vérifiez que vous êtes humain",
        "no soy un robot", "código de seguridad", "código de verificación",
        "non sono un robot", "codice di sicurezza", "não sou um robô", "código de segurança",
        "я не робот", "введите код", "код с картинки", "проверочный код", "защитный код",
        "kod bezpieczeństwa", "nie jestem robotem", "ik ben geen robot", "beveiligingscode",
        "验证码", "驗證碼", "認証コード", "画像認証", "ロボットではありません",
    )
