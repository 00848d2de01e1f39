"""Pages of question lists at a cost that does not grow with the number of questions.

Django's Paginator counts the whole list on every request and fetches a page with
``OFFSET``, reading and throwing away every row before it. Here:

- the count comes from ``caching.cached_count``: computed once per counts version (a new
  question, an answer to an unanswered one, a deletion), not once per request;
- a page is found by its ids first (``SELECT id … ORDER BY … LIMIT 20 OFFSET n``, which an
  index on the sort order answers without touching the table), then only those 20 rows
  are read, with their joins and any costly columns (search snippets).
"""

from django.core.paginator import Page, Paginator
from django.utils.functional import SimpleLazyObject, cached_property

from . import caching


class QuestionPaginator(Paginator):
    """``rows(ids)``, when given, makes the page's rows from their ids (search adds its
    snippets there); by default they are the list's own rows with those ids."""

    def __init__(self, object_list, per_page, *, count_label: str, rows=None):
        super().__init__(object_list, per_page)
        self.count_label = count_label
        self.rows = rows or (lambda ids: object_list.filter(pk__in=ids))

    @cached_property
    def count(self) -> int:
        return caching.cached_count(self.count_label, self.object_list.count)

    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        ids = self.object_list.prefetch_related(None).values_list("pk", flat=True)[bottom:top]
        # Read when the page is shown, not before: a cached list fragment reads nothing.
        rows = SimpleLazyObject(lambda: list(self.rows(list(ids))))
        return self._get_page(rows, number, self)
