#include "learnercarddata.h"

#include "documenttexts.h"

LearnerCardData LearnerCardData::forLearner(const Learner &learner)
{
    LearnerCardData card;
    card.language = DocumentTexts::has(learner.profile.language) ? learner.profile.language : QStringLiteral("fr");
    card.rightToLeft = DocumentTexts::isRightToLeft(card.language);
    const auto t = [&card](const char *key) { return DocumentTexts::text(QString::fromLatin1(key), card.language); };
    card.title = t("card.title");
    card.name = learner.profile.displayName;
    card.code = learner.cardCode;
    card.spacedCode = spaced(learner.cardCode);
    card.codeLabel = t("card.code");
    card.howToTitle = t("card.howto");
    card.howTo = {t("card.step1"), t("card.step2"), t("card.step3"),
                  learner.secretKind == Secret::Kind::Pin ? t("card.step4.pin") : t("card.step4.pictures")};
    card.warning = t("card.warning");
    card.help = t("card.help");
    return card;
}

QString LearnerCardData::spaced(const QString &code)
{
    if (code.size() <= 4)
        return code;
    const qsizetype half = (code.size() + 1) / 2;
    return code.left(half) + QLatin1Char(' ') + code.mid(half);
}
