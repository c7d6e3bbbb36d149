#include "secretchooser.h"

#include "learner/pictureset.h"
#include "staffwidgets.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int PictureSize = 48;
}

SecretChooser::SecretChooser(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("secretChooser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *choices = new QHBoxLayout;
    m_picturesChoice = new QRadioButton(tr("3 images, dans l'ordre"), this);
    m_picturesChoice->setObjectName(QStringLiteral("secretPicturesChoice"));
    m_pinChoice = new QRadioButton(tr("Code de 4 à 6 chiffres"), this);
    m_pinChoice->setObjectName(QStringLiteral("secretPinChoice"));
    m_picturesChoice->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_picturesChoice);
    group->addButton(m_pinChoice);
    choices->addWidget(m_picturesChoice);
    choices->addWidget(m_pinChoice);
    choices->addStretch();
    layout->addLayout(choices);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *picturePage = new QWidget(m_pages);
    auto *pictureLayout = new QVBoxLayout(picturePage);
    pictureLayout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    for (int i = 0; i < PictureSet::Count; ++i) {
        auto *b = StaffWidgets::button(QString(), QStringLiteral("secretPicture%1").arg(i), picturePage);
        b->setIcon(QIcon(PictureSet::pixmap(i, PictureSize)));
        b->setIconSize(QSize(PictureSize, PictureSize));
        b->setMinimumSize(PictureSize + 16, PictureSize + 16);
        b->setToolTip(PictureSet::name(i));
        b->setAccessibleName(PictureSet::name(i));
        connect(b, &QPushButton::clicked, this, [this, i] { choose(i); });
        grid->addWidget(b, i / 6, i % 6);
        m_pictures.append(b);
    }
    pictureLayout->addLayout(grid);
    auto *chosenRow = new QHBoxLayout;
    m_chosenLabel = StaffWidgets::message(QStringLiteral("secretChosen"), picturePage);
    m_restart = StaffWidgets::button(tr("Recommencer"), QStringLiteral("secretRestart"), picturePage);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        m_chosen.clear();
        refresh();
    });
    chosenRow->addWidget(m_chosenLabel, 1);
    chosenRow->addWidget(m_restart);
    pictureLayout->addLayout(chosenRow);
    m_pages->addWidget(picturePage);

    auto *pinPage = new QWidget(m_pages);
    auto *form = new QFormLayout(pinPage);
    m_pin = StaffWidgets::pinEdit(QStringLiteral("secretPin"), pinPage);
    m_pinAgain = StaffWidgets::pinEdit(QStringLiteral("secretPinAgain"), pinPage);
    form->addRow(tr("Code :"), m_pin);
    form->addRow(tr("Encore une fois :"), m_pinAgain);
    connect(m_pin, &QLineEdit::textChanged, this, &SecretChooser::changed);
    connect(m_pinAgain, &QLineEdit::textChanged, this, &SecretChooser::changed);
    m_pages->addWidget(pinPage);

    connect(m_pinChoice, &QRadioButton::toggled, this, [this](bool pin) {
        m_pages->setCurrentIndex(pin ? 1 : 0);
        emit changed();
    });
    refresh();
}

void SecretChooser::choose(int index)
{
    if (m_chosen.contains(index) || m_chosen.size() >= Secret::PicturesChosen)
        return;
    m_chosen.append(index);
    refresh();
}

void SecretChooser::refresh()
{
    QStringList names;
    for (int index : std::as_const(m_chosen))
        names << PictureSet::name(index);
    m_chosenLabel->setText(names.isEmpty() ? tr("Touchez 3 images, dans l'ordre choisi par l'apprenant.")
                                           : tr("Choisies : %1").arg(names.join(QStringLiteral(" → "))));
    for (int i = 0; i < m_pictures.size(); ++i)
        m_pictures.at(i)->setEnabled(!m_chosen.contains(i) && m_chosen.size() < Secret::PicturesChosen);
    emit changed();
}

std::optional<Secret> SecretChooser::secret(QString *problem) const
{
    const auto fail = [problem](const QString &text) -> std::optional<Secret> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (m_picturesChoice->isChecked()) {
        if (m_chosen.size() != Secret::PicturesChosen)
            return fail(tr("Choisissez 3 images."));
        return Secret::pictures(m_chosen);
    }
    const Secret pin = Secret::pin(m_pin->text());
    if (!pin.isValid())
        return fail(tr("Le code doit avoir de 4 à 6 chiffres."));
    if (Secret::pin(m_pinAgain->text()).material() != pin.material())
        return fail(tr("Les deux codes ne sont pas identiques."));
    return pin;
}

void SecretChooser::clear()
{
    m_chosen.clear();
    m_pin->setText(QString());
    m_pinAgain->setText(QString());
    m_picturesChoice->setChecked(true);
    refresh();
}
