"""The library of approved statements ("lines to take"): per topic, in up to three languages, valid for a while.

An expired statement stays in the library, marked, but is no longer offered for an answer or a release.
"""

from __future__ import annotations

from sqlalchemy import func, select

from commsdesk.db.engine import Database
from commsdesk.db.models import Statement
from commsdesk.domain.enquiries import ANSWER_LANGUAGES, Validity
from commsdesk.domain.text import fold, search_key
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.enquiries.data import StatementInput, StatementRow
from commsdesk.services.paging import contains


def _row(statement: Statement, today) -> StatementRow:
    data = StatementInput(
        statement.topic,
        dict(statement.texts or {}),
        statement.approved_by,
        statement.approved_on,
        statement.valid_from,
        statement.valid_until,
    )
    return StatementRow(statement.id, data, Validity(data.valid_from, data.valid_until).expired_on(today))


def _checked(data: StatementInput) -> StatementInput:
    texts = {code: text.strip() for code, text in data.texts.items() if code in ANSWER_LANGUAGES and text.strip()}
    if not data.topic.strip():
        raise ValidationError(translate("Statements", "Name the statement's topic."), "topic")
    if not texts:
        raise ValidationError(translate("Statements", "Write the statement in at least one language."), "texts")
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        raise ValidationError(translate("Statements", "A statement cannot expire before it is valid."), "valid_until")
    return StatementInput(
        data.topic.strip(), texts, data.approved_by.strip(), data.approved_on, data.valid_from, data.valid_until
    )


class StatementsMixin:
    """The statements part of `EnquiriesService`."""

    _db: Database

    def statements(self, search: str = "", offered_only: bool = False) -> list[StatementRow]:
        """The library by topic; `offered_only`: only those valid today (what an answer may use)."""
        today = self.now().date()  # type: ignore[attr-defined]
        query = select(Statement).order_by(func.lower(Statement.topic), Statement.id)
        for word in fold(search).split():
            query = query.where(contains(Statement.search_key, word))
        with self._db.session() as session:
            rows = [_row(statement, today) for statement in session.scalars(query)]
        if offered_only:
            rows = [row for row in rows if Validity(row.data.valid_from, row.data.valid_until).holds_on(today)]
        return rows

    def offered_statements(self, language: str, search: str = "") -> list[StatementRow]:
        """The statements an answer or a release in `language` may use today: valid, with a text in it."""
        return [row for row in self.statements(search, offered_only=True) if row.data.texts.get(language)]

    def save_statement(self, data: StatementInput, statement_id: int | None = None) -> int:
        """Create (no `statement_id`) or change a statement; returns its id."""
        data = _checked(data)
        with self._db.session() as session:
            statement = session.get(Statement, statement_id) if statement_id is not None else Statement()
            if statement is None:
                raise ValidationError(translate("Statements", "The statement no longer exists."))
            statement.topic = data.topic
            statement.texts = data.texts
            statement.approved_by = data.approved_by
            statement.approved_on = data.approved_on
            statement.valid_from = data.valid_from
            statement.valid_until = data.valid_until
            statement.search_key = search_key(data.topic, data.approved_by, *data.texts.values())
            session.add(statement)
            session.flush()
            return statement.id

    def delete_statement(self, statement_id: int) -> None:
        with self._db.session() as session:
            statement = session.get(Statement, statement_id)
            if statement is not None:
                session.delete(statement)

    def statement_text(self, statement_id: int, language: str) -> str:
        """The statement's text in `language`, to insert into an answer or a release; refused once it expired."""
        today = self.now().date()  # type: ignore[attr-defined]
        with self._db.session() as session:
            statement = session.get(Statement, statement_id)
            if statement is None:
                raise ValidationError(translate("Statements", "The statement no longer exists."))
            row = _row(statement, today)
        if not Validity(row.data.valid_from, row.data.valid_until).holds_on(today):
            raise ValidationError(
                translate("Statements", "The statement on {topic} is not valid today: it cannot be used.").format(
                    topic=row.topic
                )
            )
        text = row.data.texts.get(language, "")
        if not text:
            raise ValidationError(
                translate("Statements", "The statement on {topic} has no text in this language.").format(
                    topic=row.topic
                )
            )
        return text
