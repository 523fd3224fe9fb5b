"""Second-factor devices: an authenticator app (TOTP) and one set of recovery codes."""

from base64 import b32encode
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django_otp import device_classes, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"


def is_enrolled(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def has_any_device(user):
    return user_has_device(user)


def pending_app(user):
    """The app being set up: the same secret until it is confirmed, however often the page
    is loaded, so a code from an app scanned a moment ago still fits."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


def secret_in_groups(device):
    """The secret as an app asks for it when typed in: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    # Paths only, no <style> element or style attributes: it works under any CSP.
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    out = BytesIO()
    image.save(out)
    return out.getvalue()


@transaction.atomic
def confirm_app(device):
    """Confirm the app and replace any recovery codes; return the new codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    StaticDevice.objects.filter(user=device.user).delete()
    recovery = StaticDevice.objects.create(user=device.user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.PORTAL_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
    return codes


def confirmed_apps(user):
    return list(TOTPDevice.objects.filter(user=user, confirmed=True))


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user).count()


@transaction.atomic
def reset(user):
    """Remove every device of the user: they set up a new app at their next sign-in."""
    removed = 0
    for model in device_classes():
        found = model.objects.filter(user=user)
        removed += found.count()
        found.delete()
    return removed
