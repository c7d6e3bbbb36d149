#include "documenttexts.h"

#include <QHash>
#include <QLocale>

namespace {

using Table = QHash<QString, QHash<QString, QString>>;

const Table &table()
{
    static const Table texts{
        {QStringLiteral("fr"),
         {
             {QStringLiteral("card.title"), QStringLiteral("Ma carte Passerelle")},
             {QStringLiteral("card.code"), QStringLiteral("Mon code")},
             {QStringLiteral("card.howto"), QStringLiteral("Pour reprendre mes leçons :")},
             {QStringLiteral("card.step1"), QStringLiteral("Touchez « Commencer ».")},
             {QStringLiteral("card.step2"), QStringLiteral("Touchez « J'ai ma carte ».")},
             {QStringLiteral("card.step3"), QStringLiteral("Tapez votre code, puis touchez « Valider ».")},
             {QStringLiteral("card.step4.pictures"), QStringLiteral("Touchez vos 3 images secrètes, dans l'ordre.")},
             {QStringLiteral("card.step4.pin"), QStringLiteral("Tapez votre code secret.")},
             {QStringLiteral("card.warning"),
              QStringLiteral("N'écrivez jamais votre code secret ni vos images sur cette carte.")},
             {QStringLiteral("card.help"), QStringLiteral("Un souci ? Demandez au personnel de l'accueil.")},
             {QStringLiteral("cert.title"), QStringLiteral("Certificat de réussite")},
             {QStringLiteral("cert.awarded"), QStringLiteral("décerné à")},
             {QStringLiteral("cert.completed"), QStringLiteral("pour avoir terminé le parcours")},
             {QStringLiteral("cert.lessons"), QStringLiteral("Leçons réalisées :")},
             {QStringLiteral("cert.time"), QStringLiteral("Temps d'apprentissage : %1")},
             {QStringLiteral("cert.date"), QStringLiteral("Fait le %1")},
             {QStringLiteral("cert.signature"), QStringLiteral("Le conseiller ou la conseillère numérique")},
             {QStringLiteral("duration.hours"), QStringLiteral("%1 h %2 min")},
             {QStringLiteral("duration.minutes"), QStringLiteral("%1 min")},
         }},
        {QStringLiteral("en"),
         {
             {QStringLiteral("card.title"), QStringLiteral("My Passerelle card")},
             {QStringLiteral("card.code"), QStringLiteral("My code")},
             {QStringLiteral("card.howto"), QStringLiteral("To continue my lessons:")},
             {QStringLiteral("card.step1"), QStringLiteral("Touch “Start”.")},
             {QStringLiteral("card.step2"), QStringLiteral("Touch “I have my card”.")},
             {QStringLiteral("card.step3"), QStringLiteral("Type your code, then touch “Confirm”.")},
             {QStringLiteral("card.step4.pictures"), QStringLiteral("Touch your 3 secret pictures, in order.")},
             {QStringLiteral("card.step4.pin"), QStringLiteral("Type your secret PIN.")},
             {QStringLiteral("card.warning"), QStringLiteral("Never write your PIN or your pictures on this card.")},
             {QStringLiteral("card.help"), QStringLiteral("A problem? Ask the staff at the desk.")},
             {QStringLiteral("cert.title"), QStringLiteral("Certificate of completion")},
             {QStringLiteral("cert.awarded"), QStringLiteral("awarded to")},
             {QStringLiteral("cert.completed"), QStringLiteral("for completing the learning path")},
             {QStringLiteral("cert.lessons"), QStringLiteral("Lessons completed:")},
             {QStringLiteral("cert.time"), QStringLiteral("Learning time: %1")},
             {QStringLiteral("cert.date"), QStringLiteral("Issued on %1")},
             {QStringLiteral("cert.signature"), QStringLiteral("The digital mediator")},
             {QStringLiteral("duration.hours"), QStringLiteral("%1 h %2 min")},
             {QStringLiteral("duration.minutes"), QStringLiteral("%1 min")},
         }},
        {QStringLiteral("ar"),
         {
             {QStringLiteral("card.title"), QStringLiteral("بطاقتي في Passerelle")},
             {QStringLiteral("card.code"), QStringLiteral("رمزي")},
             {QStringLiteral("card.howto"), QStringLiteral("لمتابعة دروسي:")},
             {QStringLiteral("card.step1"), QStringLiteral("المس زر « ابدأ ».")},
             {QStringLiteral("card.step2"), QStringLiteral("المس « لدي بطاقتي ».")},
             {QStringLiteral("card.step3"), QStringLiteral("اكتب رمزك، ثم المس « تأكيد ».")},
             {QStringLiteral("card.step4.pictures"), QStringLiteral("المس صورك السرية الثلاث بالترتيب.")},
             {QStringLiteral("card.step4.pin"), QStringLiteral("اكتب رقمك السري.")},
             {QStringLiteral("card.warning"), QStringLiteral("لا تكتب أبدًا رقمك السري أو صورك على هذه البطاقة.")},
             {QStringLiteral("card.help"), QStringLiteral("هل هناك مشكلة؟ اسأل موظفي الاستقبال.")},
             {QStringLiteral("cert.title"), QStringLiteral("شهادة إتمام")},
             {QStringLiteral("cert.awarded"), QStringLiteral("تُمنح إلى")},
             {QStringLiteral("cert.completed"), QStringLiteral("لإتمام مسار التعلّم")},
             {QStringLiteral("cert.lessons"), QStringLiteral("الدروس المنجزة:")},
             {QStringLiteral("cert.time"), QStringLiteral("مدة التعلّم: %1")},
             {QStringLiteral("cert.date"), QStringLiteral("بتاريخ %1")},
             {QStringLiteral("cert.signature"), QStringLiteral("الوسيط الرقمي")},
             {QStringLiteral("duration.hours"), QStringLiteral("%1 ساعة و%2 دقيقة")},
             {QStringLiteral("duration.minutes"), QStringLiteral("%1 دقيقة")},
         }},
    };
    return texts;
}

} // namespace

namespace DocumentTexts {

bool has(const QString &language)
{
    return table().contains(language);
}

QString text(const QString &key, const QString &language)
{
    const QString own = table().value(language).value(key);
    return own.isEmpty() ? table().value(QStringLiteral("fr")).value(key) : own;
}

bool isRightToLeft(const QString &language)
{
    return QLocale(language).textDirection() == Qt::RightToLeft;
}

QString duration(qint64 ms, const QString &language)
{
    const QString lang = has(language) ? language : QStringLiteral("fr");
    const QLocale locale(lang);
    const qint64 minutes = (qMax<qint64>(0, ms) + 30'000) / 60'000;
    if (minutes < 60)
        return text(QStringLiteral("duration.minutes"), lang).arg(locale.toString(minutes));
    return text(QStringLiteral("duration.hours"), lang)
        .arg(locale.toString(minutes / 60), locale.toString(minutes % 60).rightJustified(2, locale.zeroDigit().front()));
}

} // namespace DocumentTexts
