#pragma once

#include "reports/learnercarddata.h"

#include <QCoreApplication>
#include <QString>

/// The printable learner card: an A4 page with a card the size of a bank card (85.6 × 54 mm) to
/// cut out and fold in two. Front: name, code in large letters, a QR code of the code. Back: how
/// to sign in, in the learner's language, and never to write the secret on it.
class LearnerCardPdf
{
    Q_DECLARE_TR_FUNCTIONS(LearnerCardPdf)

public:
    static constexpr double CardWidthMm = 85.6;
    static constexpr double CardHeightMm = 54.0;

    /// Writes the PDF to `path`. On failure returns false with a French `error`.
    static bool write(const LearnerCardData &card, const QString &path, QString *error = nullptr);
};
