// Loading and checking a catalogue of 1,000 lessons (LessonLoader::loadCatalogue: read, parse,
// every check of lessons/README.md, assets, prerequisites). The lessons are generated like the
// shipped procedures: 10 steps, 4 scenes (browser form, desktop, mail, quiz), about 30 elements,
// wrong-action rules, texts in French, Arabic and English, a picture, a prerequisite chain per
// module. Warm: the files are in the page cache (the kiosk's later loads); cold: they were
// dropped from it first (the first load after the terminal boots, here on this machine's disk).
// Usage: bench_catalogue [--lessons N] [--runs N] [--dir DIR] [--warm-only]

#include "../benchfigure.h"
#include "common/regexpolicy.h"
#include "lessons/catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

namespace {

const char *const ModuleIds[] = {"A", "B", "C", "D", "E", "F"};
constexpr int ModuleCount = 6;

QJsonObject tutor(const QString &fr, const QString &ar, const QString &en)
{
    return QJsonObject{{QStringLiteral("fr"), fr}, {QStringLiteral("ar"), ar}, {QStringLiteral("en"), en}};
}

QJsonObject el(const QString &id, const QString &kind, const QJsonObject &fields = {})
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

QJsonObject lessonStep(const QString &id, const QString &scene, const QString &what, const QJsonObject &expect,
                       const QJsonArray &wrong = {})
{
    QJsonObject s{
            {QStringLiteral("id"), id},
            {QStringLiteral("scene"), scene},
            {QStringLiteral("say"),
             tutor(QStringLiteral("Maintenant, %1. Prenez votre temps : lisez bien ce qui est écrit sur l'écran avant de "
                                  "faire quoi que ce soit.")
                           .arg(what),
                   QStringLiteral("الآن، %1. خذوا وقتكم: اقرؤوا جيدًا ما هو مكتوب على الشاشة قبل أن تفعلوا أي شيء.").arg(what),
                   QStringLiteral("Now, %1. Take your time: read what is written on the screen before doing anything.")
                           .arg(what))},
            {QStringLiteral("hint"),
             tutor(QStringLiteral("Regardez au milieu de la page. Ce qu'il faut faire est écrit en gros."),
                   QStringLiteral("انظروا إلى وسط الصفحة. ما يجب فعله مكتوب بخط كبير."),
                   QStringLiteral("Look at the middle of the page. What to do is written in large letters."))},
            {QStringLiteral("success"),
             tutor(QStringLiteral("Très bien. C'est exactement ce qu'il fallait faire."), QStringLiteral("جيد جدًا. هذا بالضبط ما كان يجب فعله."),
                   QStringLiteral("Very good. That is exactly what was needed."))},
            {QStringLiteral("expect"), expect},
    };
    if (!wrong.isEmpty())
        s.insert(QStringLiteral("wrong"), wrong);
    return s;
}

QJsonObject rule(const QJsonObject &fields)
{
    QJsonObject r = fields;
    r.insert(QStringLiteral("message"),
             tutor(QStringLiteral("Ce n'est pas le bon choix. Ce bouton ne sert pas à cela : regardez encore la consigne."),
                   QStringLiteral("هذا ليس الاختيار الصحيح. هذا الزر لا يُستعمل لذلك: انظروا إلى التعليمات مرة أخرى."),
                   QStringLiteral("That is not the right choice. This button is not for that: read the instruction again.")));
    return r;
}

QJsonObject generatedLesson(int index, const QString &module, const QString &previousId)
{
    const QString id = QStringLiteral("G%1-demarche-%2").arg(module).arg(index, 4, 10, QLatin1Char('0'));
    const QString site = QStringLiteral("service-%1.exemple").arg(index);
    // Each service has its own postcode and reasons, so most patterns differ from lesson to lesson
    // (as in the shipped catalogue, where 75 of 106 patterns are distinct).
    const QString postcode = QStringLiteral("%1").arg(10000 + (index * 37) % 89999, 5, 10, QLatin1Char('0'));
    const QString reason = QStringLiteral("Question sur le dossier %1").arg(index);

    QJsonArray formFields{
            el(QStringLiteral("nom"), QStringLiteral("text-field"),
               {{QStringLiteral("label"), QStringLiteral("Nom *")},
                {QStringLiteral("value"), QString()},
                {QStringLiteral("validation"),
                 QJsonObject{{QStringLiteral("required"), true},
                             {QStringLiteral("maxLength"), 60},
                             {QStringLiteral("message"), QStringLiteral("Veuillez indiquer votre nom.")}}}}),
            el(QStringLiteral("cp"), QStringLiteral("text-field"),
               {{QStringLiteral("label"), QStringLiteral("Code postal *")},
                {QStringLiteral("placeholder"), QStringLiteral("Par exemple : 75001")},
                {QStringLiteral("validation"),
                 QJsonObject{{QStringLiteral("required"), true},
                             {QStringLiteral("pattern"), QStringLiteral("^[0-9]{5}$")},
                             {QStringLiteral("message"), QStringLiteral("Le code postal doit contenir 5 chiffres.")},
                             {QStringLiteral("requiredMessage"), QStringLiteral("Veuillez indiquer votre code postal.")}}}}),
            el(QStringLiteral("motif"), QStringLiteral("select"),
               {{QStringLiteral("label"), QStringLiteral("Motif *")},
                {QStringLiteral("options"),
                 QJsonArray{QStringLiteral("Choisissez un motif"), QStringLiteral("Première demande"),
                            QStringLiteral("Changement de situation"), reason, QStringLiteral("Autre demande")}},
                {QStringLiteral("value"), QStringLiteral("Choisissez un motif")},
                {QStringLiteral("validation"),
                 QJsonObject{{QStringLiteral("required"), true},
                             {QStringLiteral("pattern"),
                              QStringLiteral("^(Première demande|Changement de situation|%1|Autre demande)$").arg(reason)},
                             {QStringLiteral("message"), QStringLiteral("Veuillez choisir un motif dans la liste.")}}}}),
            el(QStringLiteral("accord"), QStringLiteral("checkbox"),
               {{QStringLiteral("label"), QStringLiteral("J'accepte que ces informations servent à traiter ma demande. *")},
                {QStringLiteral("value"), QStringLiteral("false")},
                {QStringLiteral("validation"),
                 QJsonObject{{QStringLiteral("required"), true},
                             {QStringLiteral("message"), QStringLiteral("Vous devez cocher cette case.")}}}}),
            el(QStringLiteral("envoyer"), QStringLiteral("button"), {{QStringLiteral("label"), QStringLiteral("Envoyer ma demande")}}),
    };
    const QJsonObject browser{
            {QStringLiteral("id"), QStringLiteral("demande")},
            {QStringLiteral("kind"), QStringLiteral("browser")},
            {QStringLiteral("title"), QStringLiteral("Service %1 – Faire une demande").arg(index)},
            {QStringLiteral("address"), QStringLiteral("https://%1/demande").arg(site)},
            {QStringLiteral("secure"), true},
            {QStringLiteral("elements"),
             QJsonArray{
                     el(QStringLiteral("logo"), QStringLiteral("image"),
                        {{QStringLiteral("image"), QStringLiteral("../../shared/logo.svg")},
                         {QStringLiteral("label"), QStringLiteral("Logo du service")}}),
                     el(QStringLiteral("titre"), QStringLiteral("heading"), {{QStringLiteral("label"), QStringLiteral("Faire une demande")}}),
                     el(QStringLiteral("intro"), QStringLiteral("text"),
                        {{QStringLiteral("text"), QStringLiteral("Un conseiller vous répond sous 5 jours ouvrés. Les champs "
                                                                 "marqués d'une étoile * sont obligatoires.")}}),
                     el(QStringLiteral("pub"), QStringLiteral("link"), {{QStringLiteral("label"), QStringLiteral("Gagnez un téléphone !")}}),
                     el(QStringLiteral("continuer"), QStringLiteral("button"), {{QStringLiteral("label"), QStringLiteral("Continuer")}}),
                     el(QStringLiteral("formulaire"), QStringLiteral("form"), {{QStringLiteral("children"), formFields}}),
                     el(QStringLiteral("pied"), QStringLiteral("text"),
                        {{QStringLiteral("text"), QStringLiteral("Mentions légales – Accessibilité – Données personnelles")}}),
             }},
    };
    const QJsonObject desktop{
            {QStringLiteral("id"), QStringLiteral("bureau")},
            {QStringLiteral("kind"), QStringLiteral("desktop")},
            {QStringLiteral("title"), QStringLiteral("Bureau")},
            {QStringLiteral("elements"),
             QJsonArray{
                     el(QStringLiteral("documents"), QStringLiteral("icon"),
                        {{QStringLiteral("label"), QStringLiteral("Documents")}, {QStringLiteral("icon"), QStringLiteral("folder")},
                         {QStringLiteral("x"), 6}, {QStringLiteral("y"), 10}}),
                     el(QStringLiteral("navigateur"), QStringLiteral("icon"),
                        {{QStringLiteral("label"), QStringLiteral("Internet")}, {QStringLiteral("icon"), QStringLiteral("browser")},
                         {QStringLiteral("x"), 6}, {QStringLiteral("y"), 30}}),
                     el(QStringLiteral("corbeille"), QStringLiteral("bin"),
                        {{QStringLiteral("label"), QStringLiteral("Corbeille")}, {QStringLiteral("x"), 6}, {QStringLiteral("y"), 50}}),
             }},
    };
    const QJsonObject mail{
            {QStringLiteral("id"), QStringLiteral("boite")},
            {QStringLiteral("kind"), QStringLiteral("mail")},
            {QStringLiteral("title"), QStringLiteral("Courriel – Boîte de réception")},
            {QStringLiteral("elements"),
             QJsonArray{
                     el(QStringLiteral("confirmation"), QStringLiteral("mail-item"),
                        {{QStringLiteral("from"), QStringLiteral("Service %1 <ne-pas-repondre@%2>").arg(index).arg(site)},
                         {QStringLiteral("subject"), QStringLiteral("Votre demande a bien été reçue")},
                         {QStringLiteral("date"), QStringLiteral("Aujourd'hui, 9 h 12")},
                         {QStringLiteral("text"), QStringLiteral("Bonjour,\n\nNous avons bien reçu votre demande. Vous trouverez "
                                                                 "le récapitulatif en pièce jointe.\n\nLe service")},
                         {QStringLiteral("children"),
                          QJsonArray{el(QStringLiteral("recapitulatif"), QStringLiteral("attachment"),
                                        {{QStringLiteral("label"), QStringLiteral("Récapitulatif.pdf")},
                                         {QStringLiteral("icon"), QStringLiteral("pdf")}})}}}),
                     el(QStringLiteral("lettre"), QStringLiteral("mail-item"),
                        {{QStringLiteral("from"), QStringLiteral("Médiathèque <contact@mediatheque.exemple>")},
                         {QStringLiteral("subject"), QStringLiteral("Programme des ateliers")},
                         {QStringLiteral("date"), QStringLiteral("Hier")},
                         {QStringLiteral("text"), QStringLiteral("Bonjour,\n\nVoici le programme des ateliers.\n\nÀ bientôt !")}}),
                     el(QStringLiteral("repondre"), QStringLiteral("button"), {{QStringLiteral("label"), QStringLiteral("Répondre")}}),
                     el(QStringLiteral("supprimer"), QStringLiteral("button"), {{QStringLiteral("label"), QStringLiteral("Supprimer")}}),
             }},
    };
    const QJsonObject quiz{
            {QStringLiteral("id"), QStringLiteral("quiz")},
            {QStringLiteral("kind"), QStringLiteral("quiz")},
            {QStringLiteral("title"), QStringLiteral("Question")},
            {QStringLiteral("elements"),
             QJsonArray{
                     el(QStringLiteral("question"), QStringLiteral("text"),
                        {{QStringLiteral("text"), QStringLiteral("Que faites-vous du récapitulatif ?")}}),
                     el(QStringLiteral("garder"), QStringLiteral("option"), {{QStringLiteral("label"), QStringLiteral("Je le garde dans Documents")}}),
                     el(QStringLiteral("jeter"), QStringLiteral("option"), {{QStringLiteral("label"), QStringLiteral("Je le supprime tout de suite")}}),
                     el(QStringLiteral("envoyer"), QStringLiteral("option"), {{QStringLiteral("label"), QStringLiteral("Je l'envoie à tout le monde")}}),
             }},
    };

    auto expect = [](const QString &action, const QString &target, const QJsonObject &more = {}) {
        QJsonObject e = more;
        e.insert(QStringLiteral("action"), action);
        if (!target.isEmpty())
            e.insert(QStringLiteral("target"), target);
        return e;
    };
    const QString browserScene = QStringLiteral("demande");
    QJsonArray steps{
            lessonStep(QStringLiteral("decouvrir"), browserScene, QStringLiteral("écoutez ce que nous allons faire"),
                       expect(QStringLiteral("listen"), {})),
            lessonStep(QStringLiteral("continuer"), browserScene, QStringLiteral("cliquez sur Continuer"),
                       expect(QStringLiteral("click"), QStringLiteral("continuer")),
                       {rule({{QStringLiteral("action"), QStringLiteral("click")}, {QStringLiteral("target"), QStringLiteral("pub")}})}),
            lessonStep(QStringLiteral("nom"), browserScene, QStringLiteral("tapez votre nom, Benali"),
                       expect(QStringLiteral("type"), QStringLiteral("nom"),
                              {{QStringLiteral("value"), QStringLiteral("Benali")}, {QStringLiteral("match"), QStringLiteral("loose")}}),
                       {rule({{QStringLiteral("action"), QStringLiteral("type")}, {QStringLiteral("target"), QStringLiteral("nom")},
                              {QStringLiteral("value"), QStringLiteral("Fatima")}, {QStringLiteral("match"), QStringLiteral("loose")}})}),
            lessonStep(QStringLiteral("code-postal"), browserScene, QStringLiteral("tapez le code postal ") + postcode,
                       expect(QStringLiteral("type"), QStringLiteral("cp"),
                              {{QStringLiteral("value"), QStringLiteral("^%1 ?%2$").arg(postcode.left(2), postcode.mid(2))},
                               {QStringLiteral("match"), QStringLiteral("regex")},
                               {QStringLiteral("example"), postcode}}),
                       {rule({{QStringLiteral("action"), QStringLiteral("type")}, {QStringLiteral("target"), QStringLiteral("cp")},
                              {QStringLiteral("value"), QStringLiteral("^[0-9]{1,4}$")}, {QStringLiteral("match"), QStringLiteral("regex")}}),
                        rule({{QStringLiteral("action"), QStringLiteral("type")}, {QStringLiteral("target"), QStringLiteral("cp")},
                              {QStringLiteral("value"), QStringLiteral("^%1 ?%2[0-9]+$").arg(postcode.left(2), postcode.mid(2))},
                              {QStringLiteral("match"), QStringLiteral("regex")}})}),
            lessonStep(QStringLiteral("motif"), browserScene, QStringLiteral("choisissez Changement de situation"),
                       expect(QStringLiteral("select"), QStringLiteral("motif"),
                              {{QStringLiteral("value"), QStringLiteral("Changement de situation")}}),
                       {rule({{QStringLiteral("action"), QStringLiteral("select")}, {QStringLiteral("target"), QStringLiteral("motif")},
                              {QStringLiteral("value"), QStringLiteral("Autre demande")}})}),
            lessonStep(QStringLiteral("cocher"), browserScene, QStringLiteral("cochez la case"),
                       expect(QStringLiteral("check"), QStringLiteral("accord"), {{QStringLiteral("value"), QStringLiteral("true")}})),
            lessonStep(QStringLiteral("envoyer"), browserScene, QStringLiteral("envoyez le formulaire"),
                       expect(QStringLiteral("submit"), QStringLiteral("formulaire"))),
            lessonStep(QStringLiteral("ouvrir-courriel"), QStringLiteral("boite"), QStringLiteral("ouvrez le courriel du service"),
                       expect(QStringLiteral("click"), QStringLiteral("confirmation")),
                       {rule({{QStringLiteral("action"), QStringLiteral("click")}, {QStringLiteral("target"), QStringLiteral("supprimer")}})}),
            lessonStep(QStringLiteral("ouvrir-documents"), QStringLiteral("bureau"), QStringLiteral("ouvrez le dossier Documents"),
                       expect(QStringLiteral("double-click"), QStringLiteral("documents")),
                       {rule({{QStringLiteral("action"), QStringLiteral("double-click")},
                              {QStringLiteral("target"), QStringLiteral("corbeille")}})}),
            lessonStep(QStringLiteral("quiz"), QStringLiteral("quiz"), QStringLiteral("répondez à la question"),
                       expect(QStringLiteral("choose"), {}, {{QStringLiteral("values"), QJsonArray{QStringLiteral("garder")}}}),
                       {rule({{QStringLiteral("action"), QStringLiteral("choose")},
                              {QStringLiteral("values"), QJsonArray{QStringLiteral("jeter")}}})}),
    };

    QJsonObject lesson{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), id},
            {QStringLiteral("version"), 1 + index % 3},
            {QStringLiteral("module"), module},
            {QStringLiteral("title"),
             tutor(QStringLiteral("Démarche en ligne numéro %1").arg(index), QStringLiteral("إجراء عبر الإنترنت رقم %1").arg(index),
                   QStringLiteral("Online procedure number %1").arg(index))},
            {QStringLiteral("goal"),
             tutor(QStringLiteral("Vous savez remplir une demande, l'envoyer et garder le récapitulatif."),
                   QStringLiteral("تعرفون كيف تملؤون طلبًا وترسلونه وتحتفظون بالملخّص."),
                   QStringLiteral("You can fill in a request, send it and keep the summary."))},
            {QStringLiteral("minutes"), 10 + index % 20},
            {QStringLiteral("scenes"), QJsonArray{browser, desktop, mail, quiz}},
            {QStringLiteral("steps"), steps},
    };
    if (!previousId.isEmpty())
        lesson.insert(QStringLiteral("prerequisites"), QJsonArray{previousId});
    if (module == QLatin1String("E"))
        lesson.insert(QStringLiteral("checked"), QStringLiteral("2025-05-14"));
    return lesson;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Writes `count` lessons, modules.json and the shared picture under `root`. Returns the bytes written.
qint64 generateCatalogue(const QString &root, int count)
{
    qint64 bytes = 0;
    QJsonArray modules;
    for (int m = 0; m < ModuleCount; ++m) {
        const QString id = QString::fromLatin1(ModuleIds[m]);
        modules.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("order"), m + 1},
                {QStringLiteral("title"), tutor(QStringLiteral("Module ") + id, QStringLiteral("الوحدة ") + id, QStringLiteral("Module ") + id)},
                {QStringLiteral("description"),
                 tutor(QStringLiteral("Des démarches en ligne, pas à pas."), QStringLiteral("إجراءات عبر الإنترنت، خطوة بخطوة."),
                       QStringLiteral("Online procedures, step by step."))},
        });
    }
    const QByteArray modulesJson =
            QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("modules"), modules}}).toJson();
    writeFile(root + QStringLiteral("/modules.json"), modulesJson);
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\">"
                           "<circle cx=\"24\" cy=\"24\" r=\"20\" fill=\"#1d5fa8\"/></svg>\n";
    writeFile(root + QStringLiteral("/shared/logo.svg"), svg);
    bytes += modulesJson.size() + svg.size();

    QString previous[ModuleCount];
    for (int i = 0; i < count; ++i) {
        const int m = i * ModuleCount / count; // modules in order, ~167 lessons each
        const QString module = QString::fromLatin1(ModuleIds[m]);
        const QJsonObject lesson = generatedLesson(i, module, previous[m]);
        previous[m] = lesson.value(QStringLiteral("id")).toString();
        const QByteArray json = QJsonDocument(lesson).toJson(QJsonDocument::Indented);
        const QString dir = QStringLiteral("%1/module-%2/lecon-%3").arg(root, module.toLower()).arg(i, 4, 10, QLatin1Char('0'));
        if (!writeFile(dir + QStringLiteral("/lesson.json"), json))
            return -1;
        bytes += json.size();
    }
    return bytes;
}

/// Writes the catalogue's files to the disk and drops them from the page cache.
void dropFromPageCache(const QString &root)
{
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const int fd = ::open(QFile::encodeName(it.next()).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

double cpuMs()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Wall-clock times of `runs` loads; `cpu` receives the processor time of each (all threads).
std::vector<double> timeLoads(const QString &root, int runs, bool cold, qsizetype expected, bool &ok,
                              std::vector<double> *cpu = nullptr)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (cold)
            dropFromPageCache(root);
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        const Catalogue catalogue = LessonLoader::loadCatalogue(root);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (cpu)
            cpu->push_back(cpuMs() - cpuStart);
        if (catalogue.lessons.size() != expected || !catalogue.isValid()) {
            ok = false;
            std::fprintf(stderr, "bench_catalogue: %lld valid lessons of %lld, %lld problems in %s\n",
                         static_cast<long long>(catalogue.lessons.size()), static_cast<long long>(expected),
                         static_cast<long long>(catalogue.problems.size()), qPrintable(root));
            for (qsizetype p = 0; p < std::min<qsizetype>(5, catalogue.problems.size()); ++p)
                std::fprintf(stderr, "  %s\n", qPrintable(catalogue.problems.at(p).toString()));
            break;
        }
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    useInterpretedRegularExpressions(); // as main() does
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int count = option(QStringLiteral("--lessons"), QStringLiteral("1000")).toInt();
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("11")).toInt();
    QTemporaryDir temporary(QDir::currentPath() + QStringLiteral("/bench-catalogue-XXXXXX"));
    const QString root = option(QStringLiteral("--dir"), temporary.path());

    const qint64 bytes = generateCatalogue(root, count);
    if (bytes < 0) {
        std::fprintf(stderr, "bench_catalogue: cannot write in %s\n", qPrintable(root));
        return 1;
    }
    std::printf("catalogue: %d generated lessons (10 steps, 4 scenes, fr/ar/en), %.1f MiB in %s\n", count,
                static_cast<double>(bytes) / 1048576.0, qPrintable(root));
    Bench::header("figure (ms)");

    bool ok = true;
    std::vector<double> cpu;
    Bench::print("load+check 1,000 lessons (warm)", Bench::figureOf(timeLoads(root, runs, false, count, ok, &cpu)), 300.0);
    // Processor time: what the wall-clock figure would be on an idle machine, on one core.
    Bench::print("  processor time of the same", Bench::figureOf(cpu), 0);
    if (args.contains(QStringLiteral("--warm-only")))
        return ok ? 0 : 1;
    if (ok)
        Bench::print("  same, dropped from page cache", Bench::figureOf(timeLoads(root, 3, true, count, ok)), 0);
    // The shipped catalogue, which the kiosk loads right after its first frame.
    const QString shipped = QStringLiteral(PASSERELLE_SOURCE_LESSONS_DIR);
    const qsizetype shippedCount = LessonLoader::loadCatalogue(shipped).lessons.size();
    if (ok)
        Bench::print("  shipped catalogue (warm)", Bench::figureOf(timeLoads(shipped, runs, false, shippedCount, ok)), 0);
    return ok ? 0 : 1;
}
