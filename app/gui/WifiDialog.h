// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace docket {

// The Wi-Fi network a meeting's welcome slide and poster invite delegates to join: the venue
// default, or the meeting's own. Checked as it is typed (phones refuse a WPA password of 7
// characters, and the hall finds out only when nobody can join). Edits a copy: nothing is
// stored until the caller reads answer(), except through "Save as venue default", which saves
// the venue default at once through `saveVenueDefault` (false: not saved, the form stays).
class WifiDialog : public QDialog
{
    Q_OBJECT
public:
    WifiDialog(const WifiNetwork &meetingNetwork, const WifiNetwork &venueNetwork,
               std::function<bool(const WifiNetwork &)> saveVenueDefault,
               QWidget *parent = nullptr);

    bool usesVenueDefault() const;
    WifiNetwork formNetwork() const; // what the fields say
    QString problem() const;         // what is wrong with the form, as shown; empty when fine
    bool savedVenueDefault() const { return m_savedVenueDefault; }
    void saveAsVenueDefault();

private:
    void showNetwork(const WifiNetwork &network);
    void useVenueDefault(bool venue);
    void validate();
    QString venueChoiceText() const;

    WifiNetwork m_venue;
    WifiNetwork m_ownDraft; // the meeting's own network while the venue default is shown
    std::function<bool(const WifiNetwork &)> m_saveVenueDefault;
    bool m_savedVenueDefault = false;
    QRadioButton *m_venueChoice;
    QRadioButton *m_ownChoice;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QToolButton *m_reveal;
    QComboBox *m_security;
    QCheckBox *m_hidden;
    QLabel *m_problem;
    QPushButton *m_saveVenue;
    QPushButton *m_ok;
};

} // namespace docket
