"""Deploy checks (`tyndau check --deploy`) for the keys that protect personal data."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

from tyndau.privacy.crypto import derive_key


@register(Tags.security, deploy=True)
def check_data_keys(app_configs, **kwargs) -> list[Warning]:
    warnings = []
    if settings.DATA_KEYS[:1] == [derive_key(settings.SECRET_KEY)]:
        warnings.append(
            Warning(
                "TYNDAU_DATA_KEYS is not set: personal data is sealed with a key derived from "
                "SECRET_KEY, so one leaked secret would reveal both.",
                hint="Set TYNDAU_DATA_KEYS to a key made by `tyndau new_data_key`, then run "
                "`tyndau rotate_data_key` (TYNDAU_DATA_KEYS=new,old until it has finished).",
                id="tyndau.W001",
            )
        )
    if settings.BLIND_INDEX_KEY == settings.SECRET_KEY:
        warnings.append(
            Warning(
                "TYNDAU_BLIND_INDEX_KEY is not set: the keyed hashes that find an applicant's "
                "earlier appeals use SECRET_KEY.",
                hint="Set TYNDAU_BLIND_INDEX_KEY before the first appeal is filed: changing it "
                "later leaves the earlier appeals' hashes unmatched.",
                id="tyndau.W002",
            )
        )
    return warnings
