// The shape of the code, checked on every test run (docs/ARCHITECTURE.md describes it):
// - no include cycle between folders (app/core/<folder>, app/media/<folder>, ui/<folder>);
// - the core includes no widget header and nothing from ui/; ui/ never includes the command line;
// - no folder grows past maxClassesPerFolder headers.
#include <QDirIterator>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

namespace {

constexpr int maxClassesPerFolder = 16;

struct SourceFile
{
    QString path; // relative to the project, e.g. "app/core/api/CallService.cpp"
    QString folder; // e.g. "core/api"
    QStringList quotedIncludes; // "api/CallService.h"
    QStringList angleIncludes; // QWidget
};

// The three roots whose sub-folders are the units of the architecture.
const QList<QPair<QString, QString>> &roots()
{
    static const QList<QPair<QString, QString>> list{
        {QStringLiteral("app/core"), QStringLiteral("core")},
        {QStringLiteral("app/media"), QStringLiteral("media")},
        {QStringLiteral("ui"), QStringLiteral("ui")},
    };
    return list;
}

} // namespace

class tst_Architecture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString top = QStringLiteral(CALLREVIEW_SOURCE_DIR);
        static const QRegularExpression quoted(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                               QRegularExpression::MultilineOption);
        static const QRegularExpression angle(QStringLiteral("^\\s*#\\s*include\\s+<([^>]+)>"),
                                              QRegularExpression::MultilineOption);
        for (const auto &[dir, name] : roots()) {
            QDirIterator it(top + u'/' + dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QString relative = file.mid(top.size() + 1);
                const QString inRoot = relative.mid(dir.size() + 1);
                SourceFile source;
                source.path = relative;
                source.folder = inRoot.contains(u'/') ? name + u'/' + inRoot.section(u'/', 0, 0)
                                                      : name; // main.cpp, files at a root
                QFile f(file);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
                const QString text = QString::fromUtf8(f.readAll());
                for (auto m = quoted.globalMatch(text); m.hasNext();)
                    source.quotedIncludes << m.next().captured(1);
                for (auto m = angle.globalMatch(text); m.hasNext();)
                    source.angleIncludes << m.next().captured(1);
                m_files << source;
                if (relative.endsWith(u".h"))
                    m_headersPerFolder[source.folder]++;
            }
        }
        QVERIFY2(m_files.size() > 100, "the sources were not found");
    }

    // "api/CallService.h" included from anywhere names exactly one folder.
    void everyIncludeNamesItsFolder()
    {
        const QString top = QStringLiteral(CALLREVIEW_SOURCE_DIR);
        QStringList problems;
        for (const SourceFile &file : std::as_const(m_files)) {
            for (const QString &include : file.quotedIncludes) {
                if (include.endsWith(u".moc") || include.startsWith(u"ui_"))
                    continue;
                if (folderOf(include).isEmpty()
                    && !QFileInfo::exists(top + u'/' + file.path.section(u'/', 0, -2) + u'/'
                                          + include)) {
                    problems << file.path + u": \"" + include + u'"';
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"includes that do not name a folder:\n"_qs + problems.join(u'\n')));
    }

    void noCycleBetweenFolders()
    {
        QHash<QString, QSet<QString>> edges;
        for (const SourceFile &file : std::as_const(m_files)) {
            for (const QString &include : file.quotedIncludes) {
                const QString target = folderOf(include);
                if (!target.isEmpty() && target != file.folder)
                    edges[file.folder].insert(target);
            }
        }
        const QStringList cycle = findCycle(edges);
        QVERIFY2(cycle.isEmpty(),
                 qPrintable(u"folder cycle: "_qs + cycle.join(QStringLiteral(" -> "))));
    }

    // The check itself: a cycle planted in a small graph is found and named.
    void cycleFinderFindsAPlantedCycle()
    {
        QHash<QString, QSet<QString>> edges;
        edges[u"a"_qs] = {u"b"_qs};
        edges[u"b"_qs] = {u"c"_qs};
        edges[u"c"_qs] = {u"d"_qs};
        QVERIFY(findCycle(edges).isEmpty());
        edges[u"d"_qs] = {u"b"_qs};
        QCOMPARE(findCycle(edges), (QStringList{u"b"_qs, u"c"_qs, u"d"_qs, u"b"_qs}));
    }

    void coreHasNoWidgetsAndNoUi()
    {
        const QDir widgets(QLibraryInfo::path(QLibraryInfo::HeadersPath)
                           + QStringLiteral("/QtWidgets"));
        QVERIFY2(widgets.exists(), qPrintable(widgets.path()));
        QStringList problems;
        for (const SourceFile &file : std::as_const(m_files)) {
            if (!file.folder.startsWith(u"core") && !file.folder.startsWith(u"media"))
                continue;
            for (const QString &include : file.angleIncludes) {
                const QString name = include.section(u'/', -1);
                if (include.startsWith(u"QtWidgets") || widgets.exists(name))
                    problems << file.path + u": <" + include + u'>';
            }
            for (const QString &include : file.quotedIncludes) {
                if (folderOf(include).startsWith(u"ui/"))
                    problems << file.path + u": \"" + include + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void uiDoesNotUseTheCommandLine()
    {
        QStringList problems;
        for (const SourceFile &file : std::as_const(m_files)) {
            if (!file.folder.startsWith(u"ui"))
                continue;
            for (const QString &include : file.quotedIncludes) {
                if (folderOf(include) == u"core/cli")
                    problems << file.path + u": \"" + include + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void foldersStaySmall()
    {
        QStringList problems;
        for (auto it = m_headersPerFolder.cbegin(); it != m_headersPerFolder.cend(); ++it) {
            if (it.value() > maxClassesPerFolder)
                problems << u"%1: %2 headers"_qs.arg(it.key()).arg(it.value());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    // The folder ("core/api") holding an include path such as "api/CallService.h", or empty.
    QString folderOf(const QString &include) const
    {
        if (!include.contains(u'/'))
            return {};
        const QString top = QStringLiteral(CALLREVIEW_SOURCE_DIR);
        for (const auto &[dir, name] : roots()) {
            if (QFileInfo::exists(top + u'/' + dir + u'/' + include))
                return name + u'/' + include.section(u'/', 0, 0);
        }
        return {};
    }

    // Depth-first search; returns the first cycle found as a closed path, else empty.
    static QStringList findCycle(const QHash<QString, QSet<QString>> &edges)
    {
        enum State { Unvisited, OnPath, Done };
        QHash<QString, State> state;
        QStringList path;
        std::function<QStringList(const QString &)> visit = [&](const QString &node) {
            state[node] = OnPath;
            path << node;
            QStringList next(edges.value(node).cbegin(), edges.value(node).cend());
            next.sort(); // deterministic messages
            for (const QString &to : std::as_const(next)) {
                if (state.value(to) == OnPath)
                    return path.mid(path.indexOf(to)) << to;
                if (state.value(to) == Unvisited) {
                    const QStringList cycle = visit(to);
                    if (!cycle.isEmpty())
                        return cycle;
                }
            }
            path.removeLast();
            state[node] = Done;
            return QStringList();
        };
        QStringList nodes = edges.keys();
        nodes.sort();
        for (const QString &node : std::as_const(nodes)) {
            if (state.value(node) == Unvisited) {
                const QStringList cycle = visit(node);
                if (!cycle.isEmpty())
                    return cycle;
            }
        }
        return {};
    }

    QList<SourceFile> m_files;
    QHash<QString, int> m_headersPerFolder;
};

QTEST_GUILESS_MAIN(tst_Architecture)
#include "tst_Architecture.moc"
