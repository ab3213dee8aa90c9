// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoCommands.h"

#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "util/Error.h"

namespace docket {

Id UndoContext::currentItemId(Id itemId) const
{
    // Each redo of an add maps the previous id to the new one: follow the chain.
    for (int hops = 0; itemAliases->contains(itemId) && hops < 1000; ++hops) {
        const Id next = itemAliases->value(itemId);
        if (next == itemId)
            break;
        itemId = next;
    }
    return itemId;
}

void AgendaCommand::redo()
{
    run(&AgendaCommand::perform);
}

void AgendaCommand::undo()
{
    run(&AgendaCommand::revert);
}

void AgendaCommand::run(void (AgendaCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const Error &error) {
        // QUndoStack drops an obsolete command after push(), undo() or redo().
        setObsolete(true);
        dialogs::showError(m_context.parent, error.message());
    }
}

AddItemCommand::AddItemCommand(const UndoContext &context, Id meetingId, const QString &title,
                               const QString &presenter)
    : AgendaCommand(context), m_meetingId(meetingId), m_title(title), m_presenter(presenter)
{
    setText(tr("Add agenda item “%1”").arg(title.trimmed()));
}

void AddItemCommand::perform()
{
    const AgendaItem item = m_context.catalog.addItem(m_meetingId, m_title, m_presenter);
    if (m_itemId != 0)
        m_context.itemAliases->insert(m_itemId, item.id);
    m_itemId = item.id;
    if (m_context.selectItem)
        m_context.selectItem(item.id);
}

void AddItemCommand::revert()
{
    // Removing an item deletes its documents for good: only an item still empty goes.
    bool hasDocuments = !m_context.catalog.documents(m_itemId).isEmpty();
    for (const Document &trashed : m_context.catalog.trash(m_meetingId))
        hasDocuments = hasDocuments || trashed.itemId == m_itemId;
    if (hasDocuments)
        throw Error(tr("“%1” has documents now: it can no longer be taken off the agenda by "
                       "undoing.")
                        .arg(m_title.trimmed()));
    m_context.catalog.removeItem(m_itemId);
}

EditItemCommand::EditItemCommand(const UndoContext &context, const AgendaItem &before,
                                 const QString &title, const QString &presenter)
    : AgendaCommand(context), m_itemId(before.id), m_oldTitle(before.title),
      m_oldPresenter(before.presenter), m_title(title), m_presenter(presenter)
{
    setText(tr("Edit agenda item “%1”").arg(before.title));
}

void EditItemCommand::perform()
{
    const Id itemId = m_context.currentItemId(m_itemId);
    m_context.catalog.updateItem(itemId, m_title, m_presenter);
    if (m_context.selectItem)
        m_context.selectItem(itemId);
}

void EditItemCommand::revert()
{
    const Id itemId = m_context.currentItemId(m_itemId);
    m_context.catalog.updateItem(itemId, m_oldTitle, m_oldPresenter);
    if (m_context.selectItem)
        m_context.selectItem(itemId);
}

MoveItemCommand::MoveItemCommand(const UndoContext &context, const AgendaItem &item, int newNumber)
    : AgendaCommand(context), m_itemId(item.id), m_oldNumber(item.number), m_newNumber(newNumber)
{
    setText(tr("Move agenda item “%1”").arg(item.title));
}

void MoveItemCommand::perform()
{
    const Id itemId = m_context.currentItemId(m_itemId);
    m_context.catalog.moveItem(itemId, m_newNumber);
    if (m_context.selectItem)
        m_context.selectItem(itemId);
}

void MoveItemCommand::revert()
{
    const Id itemId = m_context.currentItemId(m_itemId);
    m_context.catalog.moveItem(itemId, m_oldNumber);
    if (m_context.selectItem)
        m_context.selectItem(itemId);
}

RemoveDocumentCommand::RemoveDocumentCommand(const UndoContext &context, const Document &doc)
    : AgendaCommand(context), m_documentId(doc.id)
{
    setText(tr("Remove document “%1”").arg(doc.title));
}

void RemoveDocumentCommand::perform()
{
    m_context.catalog.removeDocument(m_documentId);
}

void RemoveDocumentCommand::revert()
{
    // Restored from the trash dialog meanwhile: it is back already.
    if (!m_context.catalog.document(m_documentId))
        m_context.catalog.restoreDocument(m_documentId);
    if (m_context.selectDocument)
        m_context.selectDocument(m_documentId);
}

RenameDocumentCommand::RenameDocumentCommand(const UndoContext &context, const Document &doc,
                                             const QString &title)
    : AgendaCommand(context), m_documentId(doc.id), m_oldTitle(doc.title), m_title(title)
{
    setText(tr("Rename document “%1”").arg(doc.title));
}

void RenameDocumentCommand::perform()
{
    m_context.catalog.renameDocument(m_documentId, m_title);
    if (m_context.selectDocument)
        m_context.selectDocument(m_documentId);
}

void RenameDocumentCommand::revert()
{
    m_context.catalog.renameDocument(m_documentId, m_oldTitle);
    if (m_context.selectDocument)
        m_context.selectDocument(m_documentId);
}

EditDelegateCommand::EditDelegateCommand(const UndoContext &context, const Delegate &before,
                                         const Delegate &after)
    : AgendaCommand(context), m_before(before), m_after(after)
{
    setText(tr("Edit delegate “%1”").arg(before.fullName));
}

void EditDelegateCommand::perform()
{
    m_context.catalog.updateDelegate(m_after);
}

void EditDelegateCommand::revert()
{
    m_context.catalog.updateDelegate(m_before);
}

RemoveDelegateCommand::RemoveDelegateCommand(const UndoContext &context, const Delegate &delegate)
    : AgendaCommand(context), m_delegateId(delegate.id)
{
    setText(tr("Remove delegate “%1”").arg(delegate.fullName));
}

void RemoveDelegateCommand::perform()
{
    m_removed = std::make_shared<RemovedDelegate>(m_context.catalog.removeDelegate(m_delegateId));
}

void RemoveDelegateCommand::revert()
{
    if (m_removed)
        m_delegateId = m_context.catalog.restoreDelegate(*m_removed); // the next redo's
}

AddQuestionCommand::AddQuestionCommand(const UndoContext &context, Id surveyId,
                                       const SurveyQuestion &question, int number)
    : AgendaCommand(context), m_surveyId(surveyId), m_question(question), m_number(number)
{
    m_question.id = 0;
    setText(tr("Add question “%1”").arg(question.text.simplified()));
}

void AddQuestionCommand::perform()
{
    const Id added = m_context.catalog.addQuestion(m_surveyId, m_question, m_number).id;
    if (m_questionId != 0 && m_questionId != added) // SQLite may give the same id back
        m_context.itemAliases->insert(m_questionId, added);
    m_questionId = added;
    if (m_context.selectItem)
        m_context.selectItem(added);
}

void AddQuestionCommand::revert()
{
    m_context.catalog.removeQuestion(m_context.currentItemId(m_questionId));
}

EditQuestionCommand::EditQuestionCommand(const UndoContext &context, const SurveyQuestion &before,
                                         const SurveyQuestion &after)
    : AgendaCommand(context), m_before(before), m_after(after)
{
    setText(tr("Edit question “%1”").arg(before.text.simplified()));
}

void EditQuestionCommand::perform()
{
    SurveyQuestion q = m_after;
    q.id = m_context.currentItemId(m_before.id);
    m_context.catalog.updateQuestion(q);
}

void EditQuestionCommand::revert()
{
    SurveyQuestion q = m_before;
    q.id = m_context.currentItemId(m_before.id);
    m_context.catalog.updateQuestion(q);
}

MoveQuestionCommand::MoveQuestionCommand(const UndoContext &context, const SurveyQuestion &question,
                                         int number)
    : AgendaCommand(context), m_questionId(question.id), m_from(question.number), m_to(number)
{
    setText(tr("Move question “%1”").arg(question.text.simplified()));
}

void MoveQuestionCommand::perform()
{
    const Id id = m_context.currentItemId(m_questionId);
    m_context.catalog.moveQuestion(id, m_to);
    if (m_context.selectItem)
        m_context.selectItem(id);
}

void MoveQuestionCommand::revert()
{
    const Id id = m_context.currentItemId(m_questionId);
    m_context.catalog.moveQuestion(id, m_from);
    if (m_context.selectItem)
        m_context.selectItem(id);
}

RemoveQuestionCommand::RemoveQuestionCommand(const UndoContext &context, Id surveyId,
                                             const SurveyQuestion &question)
    : AgendaCommand(context), m_surveyId(surveyId), m_question(question)
{
    setText(tr("Remove question “%1”").arg(question.text.simplified()));
}

void RemoveQuestionCommand::perform()
{
    m_context.catalog.removeQuestion(m_context.currentItemId(m_question.id));
}

void RemoveQuestionCommand::revert()
{
    // Back at its number, with a new id that the commands around it follow.
    const Id restored = m_context.catalog.addQuestion(m_surveyId, m_question, m_question.number).id;
    if (const Id was = m_context.currentItemId(m_question.id); was != restored)
        m_context.itemAliases->insert(was, restored);
    if (m_context.selectItem)
        m_context.selectItem(restored);
}

} // namespace docket
