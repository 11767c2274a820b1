"""`tyndau train [--if-missing] [--include-held-out]`: train the sphere model on the shipped
corpus and on every appeal whose sphere a registrar confirmed or corrected, and save it as the
newest version in `settings.ROUTING_MODEL_DIR`. Prints the version, the examples, the file's
size and the time it took."""

import time

from django.core.management.base import BaseCommand

from tyndau.routing import services
from tyndau.routing.engine.classifier import latest_model_path


class Command(BaseCommand):
    help = "Train the routing model on the shipped corpus and the registrars' corrections."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-missing", action="store_true", help="do nothing when a model exists already"
        )
        parser.add_argument(
            "--include-held-out",
            action="store_true",
            help="train on the corpus's held-out part too (for production; the evaluation "
            "then has nothing unseen to measure on)",
        )

    def handle(self, *args, **options) -> None:
        existing = latest_model_path(services.model_dir())
        if options["if_missing"] and existing and services.router().model is not None:
            self.stdout.write(f"Routing model present: {existing.name}")
            return
        started = time.perf_counter()
        trained = services.train_model(include_held_out=options["include_held_out"])
        seconds = time.perf_counter() - started
        size = trained.path.stat().st_size / 2**20
        self.stdout.write(
            f"Trained routing model {trained.model.version} on {trained.corpus_examples} "
            f"corpus appeals and {trained.reviewed_examples} reviewed appeals in {seconds:.1f} s: "
            f"{trained.path} ({size:.1f} MB)"
        )
