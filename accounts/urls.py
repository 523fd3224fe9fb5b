"""Under /admin/, ahead of Wagtail's own admin URLs."""

from django.urls import path

from accounts import views

urlpatterns = [
    path("two-factor/", views.verify, name="accounts_two_factor_verify"),
    path("two-factor/enrol/", views.enrol, name="accounts_two_factor_enrol"),
    path("two-factor/enrol/qr-code.svg", views.qr_code, name="accounts_two_factor_qr_code"),
    path("two-factor/recovery/", views.recovery, name="accounts_two_factor_recovery"),
    path("two-factor/recovery-codes/", views.recovery_codes, name="accounts_recovery_codes"),
    # Replaces Wagtail's view at the same address (its name still reverses here).
    path("password_reset/", views.ThrottledPasswordResetView.as_view()),
]
