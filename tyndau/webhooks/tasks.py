"""Background tasks (Django's tasks framework; `tyndau db_worker` runs them)."""

from django_tasks import task

from tyndau.webhooks import services


@task()
def deliver_webhook(delivery_id: int) -> bool:
    return services.deliver(delivery_id)
