"""Pages of the appeal: filing and tracking for the applicant, inbox and actions for officers.
Views only translate between HTTP and `tyndau.appeals.services` (`tyndau.appeals.inbox` for
the inbox's filters, order and pages)."""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from tyndau.accounts.models import Role
from tyndau.accounts.permissions import (
    Action,
    assignable_executors,
    can,
    is_officer,
    visible_appeals,
)
from tyndau.answers import services as answers
from tyndau.answers.models import AnswerState
from tyndau.answers.presenters import check_panel
from tyndau.appeals import attachments, services, uploads
from tyndau.appeals import inbox as inbox_list
from tyndau.appeals.forms import AppealForm, FilterForm, RegistrarAppealForm
from tyndau.appeals.models import (
    GROUND_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    URGENCY_REASONS,
    Appeal,
    Attachment,
)
from tyndau.appeals.presenters import (
    deadline_info,
    latest_extension,
    officer_actions,
    term_rows,
    timeline,
)
from tyndau.appeals.workflow import (
    GroundNotAllowed,
    Outcome,
    TransitionNotAllowed,
)
from tyndau.audit import services as audit
from tyndau.audit.models import PERSONAL_FIELDS, Access
from tyndau.deadlines import services as deadlines
from tyndau.deadlines.models import Extension
from tyndau.directory.models import Body
from tyndau.ratings.presenters import rating_context
from tyndau.related.presenters import related_panel
from tyndau.routing.presenters import routing_panel
from tyndau.web.params import id_from

PAGE_SIZE = inbox_list.PAGE_SIZE  # where bench.pages reads it
ANSWER_OUTCOME_ORDER = (Outcome.SATISFIED, Outcome.EXPLAINED, Outcome.REFUSED)


def file_appeal(request: HttpRequest) -> HttpResponse:
    form = AppealForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            filed = services.file_appeal(form.to_draft())
        except services.DomainError as error:
            form.add_error(None, error.message)
        except attachments.AttachmentError as error:
            form.add_attachment_error(error)
        else:
            request.session["just_filed"] = filed.appeal.reg_number
            return redirect(filed.tracking_path)
    return render(request, "appeals/file.html", {"form": form}, status=400 if form.errors else 200)


def track(request: HttpRequest, token: str) -> HttpResponse:
    appeal = services.find_by_token(token)
    if appeal is None:
        raise Http404
    just_filed = request.session.pop("just_filed", None) == appeal.reg_number
    context = {
        "appeal": appeal,
        "token": token,
        "just_filed": just_filed,
        "tracking_url": request.build_absolute_uri(),
        "events": timeline(appeal, for_applicant=True),
        "answer": answers.sent_answer(appeal),
        "deadline": deadline_info(appeal),
        "extension": latest_extension(appeal),
    }
    if context["answer"] is not None:
        kept = request.session.pop("rating_typed", None)
        context.update(rating_context(context["answer"], kept))
    return keep_private(render(request, "appeals/track.html", context))


@require_POST
def replace_link(request: HttpRequest, token: str) -> HttpResponse:
    """The applicant replaces their private link (it was forwarded, seen, or leaked): the
    old one stops working and the page opens at the new one."""
    appeal = services.find_by_token(token)
    if appeal is None:
        raise Http404
    new_token = services.replace_tracking_token(appeal)
    messages.success(
        request,
        _(
            "This is your new private link: save it (bookmark this page). The old link no "
            "longer opens your appeal."
        ),
    )
    return redirect("appeals:track", token=new_token)


def keep_private(response: HttpResponse) -> HttpResponse:
    """A page whose address is the applicant's key: never cached, indexed or sent to other
    sites. Same-origin referrers still, or the browser posts the page's forms with
    "Origin: null" and CSRF protection refuses them."""
    response["Referrer-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _attachment_response(attachment: Attachment) -> FileResponse:
    """Always a download, never shown by the browser: whatever a file holds, it cannot run as
    a page of this site. Django writes the name as RFC 6266 `filename*` when it is not plain
    ASCII, so quotes and line breaks in it cannot break the header."""
    try:
        content = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        content,
        as_attachment=True,
        filename=uploads.clean_name(attachment.original_name),
        content_type="application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return keep_private(response)


def applicant_attachment(request: HttpRequest, token: str, attachment_id: int) -> FileResponse:
    appeal = services.find_by_token(token)
    if appeal is None:
        raise Http404
    return _attachment_response(get_object_or_404(appeal.attachments, pk=attachment_id))


def _officer_required(view):
    @login_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_officer(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@_officer_required
def inbox(request: HttpRequest) -> HttpResponse:
    if request.user.role == Role.CONTROLLER:  # no appeals: their work is the audit log
        return redirect("audit:log")
    status_choices = [(k.value, v) for k, v in STATUS_LABELS.items()]
    query = request.GET.copy()
    query.setdefault("status", "open")  # the work to do, unless asked for more
    filters = FilterForm(query, status_choices=status_choices)
    params = filters.cleaned_data if filters.is_valid() else {}
    appeals = inbox_list.narrowed(visible_appeals(request.user), params)
    page = inbox_list.page_of(appeals, params.get("sort") or "due", request.GET.get("page"))
    rows = [(appeal, deadline_info(appeal)) for appeal in page.object_list]
    query.pop("page", None)
    return render(
        request,
        "appeals/inbox.html",
        {
            "filters": filters,
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
            "can_register": can(request.user, Action.REGISTER),
        },
    )


@_officer_required
def register(request: HttpRequest) -> HttpResponse:
    if not can(request.user, Action.REGISTER):
        raise PermissionDenied
    form = RegistrarAppealForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            filed = services.file_appeal(
                form.to_draft(channel=form.cleaned_data["channel"]), registered_by=request.user
            )
        except services.DomainError as error:
            form.add_error(None, error.message)
        except attachments.AttachmentError as error:
            form.add_attachment_error(error)
        else:
            return render(
                request,
                "appeals/registered.html",
                {
                    "appeal": filed.appeal,
                    "tracking_url": request.build_absolute_uri(filed.tracking_path),
                },
            )
    return render(
        request, "appeals/register.html", {"form": form}, status=400 if form.errors else 200
    )


def _appeal_for(request: HttpRequest, number: str) -> Appeal:
    appeal = get_object_or_404(
        Appeal.objects.select_related("body", "territory__parent", "sphere", "executor"),
        reg_number=number,
    )
    if not can(request.user, Action.VIEW, appeal):
        raise Http404  # not 403: another body's appeals must not even be seen to exist
    return appeal


@_officer_required
def detail(request: HttpRequest, number: str) -> HttpResponse:
    appeal = _appeal_for(request, number)
    user = request.user
    answer = answers.current_answer(appeal)
    posted = request.POST if request.method == "POST" else {}  # kept when an action failed
    pending = appeal.extensions.filter(state=Extension.State.REQUESTED).first()
    actions = officer_actions(user, appeal)
    draft_text = posted.get("text") or (answer.text if answer else "")
    if not draft_text and "draft" in actions:
        draft_text = answers.prefill(appeal, user, request.GET.get("format"))
    extension_form = {
        "new_due": posted.get("new_due") or (pending.requested_due.isoformat() if pending else ""),
        "reason": posted.get("reason") or (pending.reason if pending else ""),
    }
    show_personal = can(user, Action.VIEW_PERSONAL, appeal)
    if show_personal:  # also when a failed action shows the page again
        audit.record(request, Access.VIEW_APPEAL, appeal=appeal, detail=PERSONAL_FIELDS)
    return render(
        request,
        "appeals/detail.html",
        {
            "appeal": appeal,
            "show_personal": show_personal,
            "events": timeline(appeal, for_applicant=False),
            "deadline": deadline_info(appeal),
            "actions": actions,
            "executors": assignable_executors(user, appeal),
            "bodies": Body.objects.filter(is_active=True).exclude(
                path__startswith=appeal.body.path
            ),
            "answer": answer or answers.sent_answer(appeal),
            "draft_text": draft_text,
            "draft_check": check_panel(appeal, draft_text),
            "approval_check": check_panel(appeal, answer.text)
            if answer and answer.state == AnswerState.ON_APPROVAL
            else None,
            "draft_outcome": posted.get("outcome") or (answer.outcome if answer else ""),
            "answer_outcomes": [(o.value, OUTCOME_LABELS[o]) for o in ANSWER_OUTCOME_ORDER],
            "grounds": list(GROUND_LABELS.items()),
            "terms": term_rows(appeal),
            "extensions": appeal.extensions.select_related("requested_by", "decided_by"),
            "extension_form": extension_form,
            "extension_cap": deadlines.extension_cap(appeal),
            "routing": routing_panel(appeal, user),
            "urgency_reasons": list(URGENCY_REASONS.items()),
            "related": related_panel(appeal, user),
            # The applicant's earlier appeal may be another body's: named only if in scope.
            "repeat_of": appeal.repeat_of
            if appeal.repeat_of_id and can(user, Action.VIEW, appeal.repeat_of)
            else None,
        },
    )


@_officer_required
def officer_attachment(request: HttpRequest, number: str, attachment_id: int) -> FileResponse:
    appeal = _appeal_for(request, number)
    if not can(request.user, Action.VIEW_PERSONAL, appeal):
        raise PermissionDenied
    attachment = get_object_or_404(appeal.attachments, pk=attachment_id)
    audit.record(request, Access.DOWNLOAD_ATTACHMENT, appeal=appeal, detail=f"#{attachment.pk}")
    return _attachment_response(attachment)


@require_POST
@_officer_required
def replace_applicant_link(request: HttpRequest, number: str) -> HttpResponse:
    """An officer who works with the applicant replaces the private link (the applicant
    reports it leaked). The new link goes to the applicant's e-mail; without one it is shown
    to the officer once, to pass on by phone or letter."""
    appeal = _appeal_for(request, number)
    if not can(request.user, Action.VIEW_PERSONAL, appeal):
        raise PermissionDenied
    token = services.replace_tracking_token(appeal, actor=request.user)
    audit.record(request, Access.REPLACE_LINK, appeal=appeal)
    if appeal.email:
        messages.success(request, _("A new private link was e-mailed to the applicant."))
    else:
        messages.warning(
            request,
            _("The applicant's new private link (shown only now, pass it on): %(url)s")
            % {"url": request.build_absolute_uri(services.tracking_path(token))},
        )
    return redirect("appeals:detail", number=appeal.reg_number)


ACTIONS = {
    "assign": lambda appeal, user, post: services.assign(
        appeal,
        get_object_or_404(assignable_executors(user, appeal), pk=id_from(post.get("executor"))),
        actor=user,
    ),
    "redirect": lambda appeal, user, post: services.redirect(
        appeal,
        get_object_or_404(Body, pk=id_from(post.get("body"))),
        actor=user,
        reason=post.get("reason", ""),
    ),
    "start": lambda appeal, user, post: services.start_work(appeal, actor=user),
    "close": lambda appeal, user, post: services.close_without_answer(
        appeal,
        post.get("target", ""),
        post.get("ground", ""),
        actor=user,
        reason=post.get("reason", ""),
    ),
    "draft": lambda appeal, user, post: answers.save_draft(
        appeal,
        actor=user,
        text=post.get("text", ""),
        outcome=post.get("outcome", ""),
    ),
    "submit": lambda appeal, user, post: answers.submit_for_approval(
        appeal, actor=user, override_reason=post.get("override_reason", "")
    ),
    "approve": lambda appeal, user, post: answers.approve_and_send(
        appeal, actor=user, override_reason=post.get("override_reason", "")
    ),
    "return": lambda appeal, user, post: answers.return_for_revision(
        appeal, actor=user, comment=post.get("comment", "")
    ),
    "request_extension": lambda appeal, user, post: services.request_extension(
        appeal, actor=user, new_due=_posted_date(post, "new_due"), reason=post.get("reason", "")
    ),
    "extend": lambda appeal, user, post: services.extend(
        appeal, actor=user, new_due=_posted_date(post, "new_due"), reason=post.get("reason", "")
    ),
    "refuse_extension": lambda appeal, user, post: services.refuse_extension(
        appeal, actor=user, note=post.get("note", "")
    ),
    "confirm_notice": lambda appeal, user, post: services.confirm_notice(
        appeal, actor=user, how=post.get("how", "")
    ),
    "urgency": lambda appeal, user, post: services.set_urgency(
        appeal, urgent=post.get("urgent") == "1", reason=post.get("reason", ""), actor=user
    ),
}


def _posted_date(post, name: str):
    """A date from a form field; a malformed one is refused with a message, not a 500."""
    raw = (post.get(name) or "").strip()
    if not raw:
        return None
    try:
        parsed = parse_date(raw)  # None when malformed, ValueError when no such day
    except ValueError:
        parsed = None
    if parsed is None:
        raise services.DomainError(_("Enter the date as YYYY-MM-DD, e.g. 2026-12-15."))
    return parsed


DONE_MESSAGES = {
    "assign": gettext_lazy("The executor is assigned."),
    "redirect": gettext_lazy("The appeal is redirected; the applicant is told."),
    "start": gettext_lazy("Work on the appeal has started."),
    "close": gettext_lazy(
        "The appeal is closed on the chosen legal ground; the applicant is told."
    ),
    "draft": gettext_lazy("The draft is saved."),
    "submit": gettext_lazy("The answer is sent to the head for approval."),
    "approve": gettext_lazy("The answer is approved and sent to the applicant."),
    "return": gettext_lazy("The answer is returned to the executor with your comments."),
    "request_extension": gettext_lazy("The request to extend the term is sent to the head."),
    "extend": gettext_lazy("The term is extended; the applicant is told."),
    "refuse_extension": gettext_lazy("The extension is refused; the term stays."),
    "confirm_notice": gettext_lazy("Recorded: the applicant has been told of the extension."),
    "urgency": gettext_lazy("Urgency is changed; the answer term is recomputed."),
}


@require_POST
@_officer_required
def act(request: HttpRequest, number: str, action: str) -> HttpResponse:
    appeal = _appeal_for(request, number)
    if action not in ACTIONS:
        raise Http404
    try:
        ACTIONS[action](appeal, request.user, request.POST)
    except services.DomainError as error:
        messages.error(request, error.message)
        return _redisplay(request, appeal, action)
    except (TransitionNotAllowed, GroundNotAllowed):
        messages.error(request, _("This action is not possible in the appeal's current status."))
        return _redisplay(request, appeal, action)
    messages.success(request, DONE_MESSAGES[action])
    if action == "redirect" and not can(
        request.user, Action.VIEW, Appeal.objects.get(pk=appeal.pk)
    ):
        return redirect("appeals:inbox")
    return redirect("appeals:detail", number=appeal.reg_number)


def _redisplay(request: HttpRequest, appeal: Appeal, action: str) -> HttpResponse:
    """Show the appeal again with what the officer typed kept in the form."""
    response = detail(request, appeal.reg_number)
    response.status_code = 400
    return response
