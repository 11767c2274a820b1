from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.lockout import lockout_message


class OfficerAuthenticationForm(AuthenticationForm):
    """Django's login form; when the lockout refused, it says so and until when."""

    def get_invalid_login_error(self) -> ValidationError:
        if getattr(self.request, "axes_locked_out", False):
            username = self.cleaned_data.get("username")
            return ValidationError(lockout_message(self.request, username), code="locked")
        return super().get_invalid_login_error()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise ValidationError(_("Enter the six digits the app shows."), code="format")
        return code


class OfficerPasswordChangeForm(PasswordChangeForm):
    """Django's, with the rules of AUTH_PASSWORD_VALIDATORS as plain sentences under the new
    password (Django's own help is a list, which does not fit in the field's help)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # On the Security page the password is not the first thing: no jump into it.
        self.fields["old_password"].widget.attrs.pop("autofocus", None)
        self.fields["new_password1"].help_text = " ".join(
            str(text) for text in password_validation.password_validators_help_texts()
        )
