"""Background tasks (Django's tasks framework; `tyndau db_worker` runs them)."""

from django_tasks import task

from tyndau.notifications import services


@task()
def deliver_message(message_id: int) -> bool:
    return services.deliver(message_id)
