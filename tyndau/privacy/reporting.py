"""Error reports (the debug page, mails to ADMINS) without personal data: the applicant's
fields of a POST are hidden like passwords, and every variable shown from the traceback's
frames is masked as the logs are."""

from django.views.debug import SafeExceptionReporterFilter

from tyndau.privacy.masking import scrub_for_log

# The personal fields of the forms and of the API's applicant object.
PERSONAL_PARAMETERS = frozenset(
    {"applicant_name", "name", "iin_bin", "iin", "email", "phone", "address", "text", "comment"}
)


class PersonalDataReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        parameters = super().get_post_parameters(request)
        if not parameters or not any(k in PERSONAL_PARAMETERS for k in parameters):
            return parameters
        parameters = parameters.copy()
        for key in parameters:
            if key in PERSONAL_PARAMETERS:
                parameters[key] = self.cleansed_substitute
        return parameters

    def get_traceback_frame_variables(self, request, tb_frame):
        return [
            (name, _masked(value))
            for name, value in super().get_traceback_frame_variables(request, tb_frame)
        ]


def _masked(value):
    """The value, or its text masked when that text holds personal data or a private link."""
    try:
        text = value if isinstance(value, str) else repr(value)
    except Exception:
        return value
    masked = scrub_for_log(text)
    return value if masked == text else masked
