"""Masks for personal data in lists: the full value appears only on the appeal page."""

from django import template

from tyndau.privacy import masking

register = template.Library()

for _name in ("mask_iin", "mask_email", "mask_phone", "mask_name"):
    register.filter(_name, getattr(masking, _name), is_safe=False)
