"""django-helpdesk, set up as its demo project, for Tyndau's comparison benchmark (issue 9).

`site` runs in Tyndau's venv (standard library only); `settings`, `urls`, `wsgi` and
`seed` run in the helpdesk's own venv, which `site.prepare()` creates.
"""
