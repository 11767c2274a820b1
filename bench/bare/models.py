from django.db import models


class Note(models.Model):
    subject = models.CharField(max_length=200)
    text = models.TextField()
    email = models.EmailField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.subject
