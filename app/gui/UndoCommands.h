// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "model/Survey.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>

class QWidget;

namespace docket {

class Catalog;
struct RemovedDelegate;

// What the agenda's undoable edits share: the catalog they change, the window their errors are
// shown over, and how to select what they touched.
struct UndoContext
{
    Catalog &catalog;
    QWidget *parent = nullptr;
    std::function<void(Id)> selectItem;
    std::function<void(Id)> selectDocument;
    // An item added again by a redo gets a new id: commands made for the old one follow it.
    std::shared_ptr<QHash<Id, Id>> itemAliases = std::make_shared<QHash<Id, Id>>();

    Id currentItemId(Id itemId) const;
};

// One edit of the agenda on the undo stack. redo() performs it (the first time too); a
// docket::Error in either direction is shown (dialogs::showError), never thrown, and the
// command then leaves the stack, since the catalog no longer matches what it would undo.
class AgendaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::AgendaCommand)
public:
    void redo() final;
    void undo() final;

protected:
    explicit AgendaCommand(const UndoContext &context) : m_context(context) {}
    virtual void perform() = 0;
    virtual void revert() = 0;

    UndoContext m_context;

private:
    void run(void (AgendaCommand::*step)());
};

class AddItemCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::AddItemCommand)
public:
    AddItemCommand(const UndoContext &context, Id meetingId, const QString &title,
                   const QString &presenter);
    // The item the last redo added; 0 before that.
    Id itemId() const { return m_itemId; }

protected:
    void perform() override;
    void revert() override;

private:
    Id m_meetingId;
    QString m_title;
    QString m_presenter;
    Id m_itemId = 0;
};

class EditItemCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::EditItemCommand)
public:
    EditItemCommand(const UndoContext &context, const AgendaItem &before, const QString &title,
                    const QString &presenter);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_itemId;
    QString m_oldTitle;
    QString m_oldPresenter;
    QString m_title;
    QString m_presenter;
};

class MoveItemCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::MoveItemCommand)
public:
    MoveItemCommand(const UndoContext &context, const AgendaItem &item, int newNumber);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_itemId;
    int m_oldNumber;
    int m_newNumber;
};

class RemoveDocumentCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::RemoveDocumentCommand)
public:
    RemoveDocumentCommand(const UndoContext &context, const Document &doc);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_documentId;
};

class RenameDocumentCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::RenameDocumentCommand)
public:
    RenameDocumentCommand(const UndoContext &context, const Document &doc, const QString &title);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_documentId;
    QString m_oldTitle;
    QString m_title;
};

// The roster's edits in the Hall (same rules: an error is shown and the command leaves).
class EditDelegateCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::EditDelegateCommand)
public:
    EditDelegateCommand(const UndoContext &context, const Delegate &before, const Delegate &after);

protected:
    void perform() override;
    void revert() override;

private:
    Delegate m_before;
    Delegate m_after;
};

// Removing takes the delegate's check-ins with them; undoing puts both back, the same badge.
class RemoveDelegateCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::RemoveDelegateCommand)
public:
    RemoveDelegateCommand(const UndoContext &context, const Delegate &delegate);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_delegateId;
    std::shared_ptr<RemovedDelegate> m_removed;
};

// A survey's questions while nobody has answered (the catalog refuses the rest, and the
// command then leaves the stack). A question added again by an undo or a redo gets a new id:
// UndoContext::itemAliases maps the old one to it, so later commands follow.
class AddQuestionCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::AddQuestionCommand)
public:
    // `number` 0: at the end. Also Duplicate (a copy after the original).
    AddQuestionCommand(const UndoContext &context, Id surveyId, const SurveyQuestion &question,
                       int number);
    Id questionId() const { return m_questionId; } // the last redo's; 0 before that

protected:
    void perform() override;
    void revert() override;

private:
    Id m_surveyId;
    SurveyQuestion m_question;
    int m_number;
    Id m_questionId = 0;
};

class EditQuestionCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::EditQuestionCommand)
public:
    EditQuestionCommand(const UndoContext &context, const SurveyQuestion &before,
                        const SurveyQuestion &after);

protected:
    void perform() override;
    void revert() override;

private:
    SurveyQuestion m_before;
    SurveyQuestion m_after;
};

class MoveQuestionCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::MoveQuestionCommand)
public:
    MoveQuestionCommand(const UndoContext &context, const SurveyQuestion &question, int number);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_questionId;
    int m_from;
    int m_to;
};

class RemoveQuestionCommand : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(docket::RemoveQuestionCommand)
public:
    RemoveQuestionCommand(const UndoContext &context, Id surveyId, const SurveyQuestion &question);

protected:
    void perform() override;
    void revert() override;

private:
    Id m_surveyId;
    SurveyQuestion m_question; // its number is where an undo puts it back
};

} // namespace docket
