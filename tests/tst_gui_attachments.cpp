// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Files kept with a case, as the DPO handles them: dropped from the desktop onto the panel, drawn by the preview
// helper without blocking the window, every view in the audit trail, identity copies erased once the verification
// is recorded, erasures and refusals in words. Real widgets, offscreen; no dialog ever blocks.
#include "attachments/attachment.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "dialogs/verificationdialog.h"
#include "panels/attachmentspanel.h"
#include "prompter.h"
#include "register/casefiles.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "storage/auditlog.h"
#include "storage/stores.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <functional>
#include <memory>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);

// The columns of "attachmentList".
enum Column { KindColumn, NameColumn, SizeColumn, AddedColumn, StateColumn };

CaseRecord someCase()
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.receivedOn = QDate(2026, 11, 20);
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    return c;
}

/// Runs `fill` on the next modal dialog, once it is shown.
void onNextDialog(const std::function<void(QDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [fill] { onNextDialog(fill); });
            return;
        }
        fill(dialog);
    });
}

} // namespace

class TestGuiAttachments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropPreviewAndVerifyIdentity();
    void keepingCopiesNeedsAJustification();
    void eraseAsksForAReason();
    void refusalsShownInWords();
    void multiFileDropIsAllOrNothing();
    void svgReferringToLocalFilesNotDrawn();

private:
    static constexpr int kOverOneMegabyte = 1024 * 1024 + 4096;
    /// The smallest size limit the settings allow: 1 MB.
    void limitFilesToOneMegabyte()
    {
        OrganisationProfile profile = m_session->organisation();
        profile.attachmentMaxSizeMb = 1;
        const Result<void> saved = m_session->saveOrganisation(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    }
    QString writePdf(const QString &fileName) const;
    QString writePng(const QString &fileName) const;
    /// Drops local files on the panel as a file manager does (drag enter, then drop), the kind chosen first.
    bool drop(const QStringList &paths, AttachmentKind kind);
    QTreeWidget *list() const;
    QTreeWidgetItem *itemNamed(const QString &name) const;
    int eventCount(const QString &action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
    std::unique_ptr<AttachmentsPanel> m_panel;
    CaseRecord m_case;
};

void TestGuiAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
}

void TestGuiAttachments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<RegisterSession>(std::make_unique<FixedClock>(kToday));
    const Result<void> opened = m_session->open(m_dir->filePath(QStringLiteral("register.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(m_session->ensureChecked().ok());
    auto created = m_session->create(someCase());
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_case = created.value();

    m_panel = std::make_unique<AttachmentsPanel>(*m_session);
    // The helper built with the application (tests in build/dev/tests, helper in build/dev/app).
    m_panel->setPreviewProgram(QStringLiteral(DPODESK_PREVIEW_PATH));
    m_panel->resize(720, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->showCase(m_case.id);
    Prompter::takeShown();
}

void TestGuiAttachments::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_dir.reset();
    Prompter::takeShown();
}

QString TestGuiAttachments::writePdf(const QString &fileName) const
{
    const QString path = m_dir->filePath(fileName);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.fillRect(QRectF(200, 600, 2000, 400), Qt::black);
        painter.end();
    }
    return QFileInfo(path).size() > 0 ? path : QString();
}

QString TestGuiAttachments::writePng(const QString &fileName) const
{
    const QString path = m_dir->filePath(fileName);
    QImage image(240, 150, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return image.save(path, "PNG") ? path : QString();
}

bool TestGuiAttachments::drop(const QStringList &paths, AttachmentKind kind)
{
    auto *kinds = m_panel->findChild<QComboBox *>(QStringLiteral("kindForNew"));
    if (kinds == nullptr) {
        return false;
    }
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(kind)));
    if (kinds->currentIndex() < 0) {
        return false;
    }
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths) {
        urls << QUrl::fromLocalFile(path);
    }
    data.setUrls(urls);
    const QPoint at = m_panel->rect().center();
    // The application delivers a drop to the widget that accepted the drag when it entered.
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent dropped(QPointF(at), Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &dropped);
    // Copied into the register: the file manager must not delete the original.
    return dropped.isAccepted() && dropped.dropAction() == Qt::CopyAction;
}

QTreeWidget *TestGuiAttachments::list() const
{
    return m_panel->findChild<QTreeWidget *>(QStringLiteral("attachmentList"));
}

QTreeWidgetItem *TestGuiAttachments::itemNamed(const QString &name) const
{
    QTreeWidget *tree = list();
    for (int row = 0; tree != nullptr && row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(NameColumn) == name) {
            return tree->topLevelItem(row);
        }
    }
    return nullptr;
}

int TestGuiAttachments::eventCount(const QString &action) const
{
    auto events = m_session->service().history(m_case.reference);
    if (!events) {
        return -1;
    }
    int count = 0;
    for (const AuditEvent &event : events.value()) {
        count += event.action == action ? 1 : 0;
    }
    return count;
}

void TestGuiAttachments::dropPreviewAndVerifyIdentity()
{
    QVERIFY(list());
    const QString request = writePdf(QStringLiteral("demande-acces.pdf"));
    const QString identity = writePng(QStringLiteral("carte-identite.png"));
    QVERIFY(!request.isEmpty());
    QVERIFY(!identity.isEmpty());

    QVERIFY(drop({request}, AttachmentKind::Request));
    QTRY_COMPARE(list()->topLevelItemCount(), 1);
    QVERIFY(drop({identity}, AttachmentKind::IdentityProof));
    QTRY_COMPARE(list()->topLevelItemCount(), 2);
    QVERIFY2(Prompter::shown().isEmpty(), qPrintable(Prompter::shown().join(u'\n')));

    QTreeWidgetItem *requestItem = itemNamed(QStringLiteral("demande-acces.pdf"));
    QVERIFY(requestItem);
    QCOMPARE(requestItem->text(KindColumn), label(AttachmentKind::Request));
    QCOMPARE(requestItem->text(SizeColumn), QLocale().formattedDataSize(QFileInfo(request).size()));
    QCOMPARE(requestItem->text(AddedColumn), QStringLiteral("26 Nov 2026"));
    QCOMPARE(requestItem->text(StateColumn), QStringLiteral("kept"));
    QTreeWidgetItem *identityItem = itemNamed(QStringLiteral("carte-identite.png"));
    QVERIFY(identityItem);
    QCOMPARE(identityItem->text(KindColumn), label(AttachmentKind::IdentityProof));
    QCOMPARE(identityItem->text(SizeColumn), QLocale().formattedDataSize(QFileInfo(identity).size()));
    qint64 identityId = 0;
    for (const Attachment &a : m_session->service().attachments(m_case.id).value()) {
        if (a.kind == AttachmentKind::IdentityProof) {
            identityId = a.id;
        }
    }
    QVERIFY(identityId != 0);

    // Listing reads no file: nothing was viewed yet.
    QCOMPARE(eventCount(QStringLiteral("attachment.add")), 2);
    QCOMPARE(eventCount(QStringLiteral("attachment.view")), 0);

    // Selecting the request draws it in the helper on a worker thread; the window says so meanwhile.
    auto *preview = m_panel->findChild<QLabel *>(QStringLiteral("preview"));
    QVERIFY(preview);
    list()->scrollToItem(requestItem);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(requestItem).center());
    QCOMPARE(list()->currentItem(), requestItem);
    QCOMPARE(preview->text(), QStringLiteral("Loading preview…"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 10000);
    QCOMPARE(eventCount(QStringLiteral("attachment.view")), 1);

    // The identity proof is there and not verified yet.
    auto *identityText = m_panel->findChild<QLabel *>(QStringLiteral("identity"));
    auto *record = m_panel->findChild<QPushButton *>(QStringLiteral("recordVerification"));
    QVERIFY(identityText);
    QVERIFY(record);
    QVERIFY(m_panel->findChild<QWidget *>(QStringLiteral("identityBlock"))->isVisibleTo(m_panel.get()));
    QVERIFY(record->isVisibleTo(m_panel.get()));

    onNextDialog([](QDialog *dialog) {
        if (qobject_cast<VerificationDialog *>(dialog) == nullptr) {
            dialog->reject();
            return;
        }
        auto *method = dialog->findChild<QComboBox *>(QStringLiteral("method"));
        auto *documentType = dialog->findChild<QLineEdit *>(QStringLiteral("documentType"));
        auto *verifiedOn = dialog->findChild<QDateEdit *>(QStringLiteral("verifiedOn"));
        if (method == nullptr || documentType == nullptr || verifiedOn == nullptr) {
            dialog->reject();
            return;
        }
        verifiedOn->setDate(kToday);
        method->setCurrentIndex(method->findData(static_cast<int>(VerificationMethod::IdDocument)));
        documentType->setText(QStringLiteral("national identity card"));
        dialog->accept();
        if (dialog->isVisible()) {
            dialog->reject(); // refused: the test fails below, it does not hang
        }
    });
    QTest::mouseClick(record, Qt::LeftButton);
    const QString shown = Prompter::takeShown().join(u'\n');
    QVERIFY2(shown.contains(QStringLiteral("1 identity copy erased")), qPrintable(shown));

    // The copy is gone with its name (personal data too), its record stays, greyed; the verification remains.
    QVERIFY(!itemNamed(QStringLiteral("carte-identite.png")));
    identityItem = itemNamed(QStringLiteral("Identity proof #%1 (erased)").arg(identityId));
    QVERIFY(identityItem);
    QCOMPARE(identityItem->text(StateColumn),
             QStringLiteral("erased on 26 Nov 2026 (identity verified on 2026-11-26)"));
    QCOMPARE(identityItem->foreground(NameColumn).color(),
             m_panel->palette().color(QPalette::Disabled, QPalette::Text));
    auto verification = m_session->service().verification(m_case.id);
    QVERIFY(verification.ok());
    QVERIFY(verification.value().has_value());
    const QString expected =
        QStringLiteral("Identity verified on %1 by %2 — Identity document, national identity card")
            .arg(QLocale().toString(kToday, QStringLiteral("dddd d MMMM yyyy")), verification.value()->verifiedBy);
    QVERIFY2(identityText->text().startsWith(expected), qPrintable(identityText->text()));
    QVERIFY(!record->isVisibleTo(m_panel.get()));
    QCOMPARE(eventCount(QStringLiteral("identity.verified")), 1);
    QCOMPARE(eventCount(QStringLiteral("attachment.purge")), 1);

    // The reload kept the request selected and drawn, without reading it again.
    requestItem = itemNamed(QStringLiteral("demande-acces.pdf"));
    QCOMPARE(list()->currentItem(), requestItem);
    QVERIFY(!preview->pixmap().isNull());
    QCOMPARE(eventCount(QStringLiteral("attachment.view")), 1);

    // The erased copy shows its record only: nothing to read, export or erase.
    list()->scrollToItem(identityItem);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(identityItem).center());
    QCOMPARE(list()->currentItem(), identityItem);
    QVERIFY2(preview->text().contains(QStringLiteral("only its record remains")), qPrintable(preview->text()));
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("exportAttachment"))->isEnabled());
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("purgeAttachment"))->isEnabled());
    QCOMPARE(eventCount(QStringLiteral("attachment.view")), 1);
}

void TestGuiAttachments::keepingCopiesNeedsAJustification()
{
    // Added through the store, as another window would: the panel follows the session's signal.
    const QString identity = writePng(QStringLiteral("passeport.png"));
    QVERIFY(!identity.isEmpty());
    auto added = m_session->addFiles(m_case.id, AttachmentKind::IdentityProof, {identity});
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(list()->topLevelItemCount(), 1);
    auto *identityText = m_panel->findChild<QLabel *>(QStringLiteral("identity"));
    QVERIFY(identityText);
    QVERIFY2(identityText->text().contains(QStringLiteral("not been recorded as verified")),
             qPrintable(identityText->text()));

    VerificationDialog dialog(*m_session, m_case.id, m_panel.get());
    dialog.show();
    auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(explanation);
    QVERIFY2(explanation->text().contains(QStringLiteral("EDPB Guidelines 01/2022 §79")),
             qPrintable(explanation->text()));
    // Verified on: today by default, never later, not before the request arrived.
    auto *verifiedOn = dialog.findChild<QDateEdit *>(QStringLiteral("verifiedOn"));
    QVERIFY(verifiedOn);
    QCOMPARE(verifiedOn->date(), kToday);
    QCOMPARE(verifiedOn->maximumDate(), kToday);
    QCOMPARE(verifiedOn->minimumDate(), m_case.receivedOn);
    // Without a retention period in the settings, copies cannot be kept: the box is off and disabled.
    auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("keepCopies"));
    QVERIFY(keep && !keep->isChecked() && !keep->isEnabled());
    QVERIFY(explanation->text().contains(QStringLiteral("organisation settings")));
    dialog.reject();

    // The organisation documents a retention period with its justification: the copies are kept by default.
    OrganisationProfile profile = m_session->organisation();
    profile.identityCopyGraceDays = 14;
    profile.identityCopyGraceJustification = QStringLiteral("Suspected impersonations are reviewed within 14 days.");
    QVERIFY(m_session->saveOrganisation(profile).ok());
    VerificationDialog keeping(*m_session, m_case.id, m_panel.get());
    keeping.show();
    keeping.findChild<QLineEdit *>(QStringLiteral("documentType"))->setText(QStringLiteral("passport"));
    QVERIFY(keeping.findChild<QCheckBox *>(QStringLiteral("keepCopies"))->isChecked());
    keeping.findChild<QPlainTextEdit *>(QStringLiteral("note"))
        ->setPlainText(QStringLiteral("Note: Suspected impersonation, see the complaint."));
    keeping.accept();
    QCOMPARE(keeping.result(), int(QDialog::Accepted));
    QCOMPARE(keeping.erasedCount(), 0);
    QVERIFY(keeping.keptCopies());

    auto stored = m_session->service().attachment(added->constFirst().id);
    QVERIFY(stored.ok());
    QVERIFY(!stored->isPurged());
    QCOMPARE(itemNamed(QStringLiteral("passeport.png"))->text(StateColumn), QStringLiteral("kept"));
    QVERIFY2(identityText->text().contains(QStringLiteral("Note: Suspected impersonation")),
             qPrintable(identityText->text()));
    QVERIFY2(identityText->text().contains(QStringLiteral("1 identity copy is still kept")),
             qPrintable(identityText->text()));
}

void TestGuiAttachments::eraseAsksForAReason()
{
    const QString letter = writePdf(QStringLiteral("courrier-envoye.pdf"));
    QVERIFY(!letter.isEmpty());
    QVERIFY(drop({letter}, AttachmentKind::OutgoingLetter));
    QTRY_COMPARE(list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list()->topLevelItem(0);
    QCOMPARE(item->text(KindColumn), label(AttachmentKind::OutgoingLetter));
    list()->setCurrentItem(item);
    auto *preview = m_panel->findChild<QLabel *>(QStringLiteral("preview"));
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 10000); // the application's own PDF, same helper

    auto *purge = m_panel->findChild<QPushButton *>(QStringLiteral("purgeAttachment"));
    auto *exportButton = m_panel->findChild<QPushButton *>(QStringLiteral("exportAttachment"));
    QVERIFY(purge);
    QVERIFY(exportButton);
    QVERIFY(purge->isEnabled());
    QVERIFY(exportButton->isEnabled());

    onNextDialog([](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (input == nullptr) {
            dialog->reject();
            return;
        }
        input->setTextValue(QStringLiteral("sent twice by mistake"));
        input->accept();
    });
    QTest::mouseClick(purge, Qt::LeftButton);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QCOMPARE(list()->topLevelItem(0)->text(StateColumn),
             QStringLiteral("erased on 26 Nov 2026 (sent twice by mistake)"));
    QVERIFY(!purge->isEnabled());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY2(preview->text().contains(QStringLiteral("only its record remains")), qPrintable(preview->text()));
    QCOMPARE(eventCount(QStringLiteral("attachment.purge")), 1);
    QVERIFY2(Prompter::shown().isEmpty(), qPrintable(Prompter::shown().join(u'\n')));
}

void TestGuiAttachments::refusalsShownInWords()
{
    auto *kinds = m_panel->findChild<QComboBox *>(QStringLiteral("kindForNew"));
    QVERIFY(kinds);
    limitFilesToOneMegabyte();
    const QString big = m_dir->filePath(QStringLiteral("scan.pdf"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(QByteArray(kOverOneMegabyte, 'x')), qint64(kOverOneMegabyte));
    }
    QVERIFY(drop({big}, AttachmentKind::Request));
    QTRY_VERIFY(!Prompter::shown().isEmpty());
    QString shown = Prompter::takeShown().join(u'\n');
    QVERIFY2(shown.contains(QStringLiteral("are not kept in the register")), qPrintable(shown));
    QCOMPARE(list()->topLevelItemCount(), 0);
    QCOMPARE(eventCount(QStringLiteral("attachment.add")), 0);
    // Nothing was added: the kind chosen stays for the next try.
    QCOMPARE(kinds->currentData().toInt(), static_cast<int>(AttachmentKind::Request));

    // A folder is not a file.
    QVERIFY(drop({m_dir->path()}, AttachmentKind::Request));
    QTRY_VERIFY(!Prompter::shown().isEmpty());
    shown = Prompter::takeShown().join(u'\n');
    QVERIFY2(shown.contains(QStringLiteral("is a folder")), qPrintable(shown));

    // Without a case there is nowhere to keep a file: the drag is refused as it enters.
    m_panel->showCase(0);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(big)});
    QDragEnterEvent enter(m_panel->rect().center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestGuiAttachments::multiFileDropIsAllOrNothing()
{
    limitFilesToOneMegabyte();
    QStringList files;
    for (const char *name : {"lettre.pdf", "enveloppe.pdf", "scan-trop-gros.pdf"}) {
        QFile file(m_dir->filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = qstrcmp(name, "scan-trop-gros.pdf") == 0 ? QByteArray(kOverOneMegabyte, 'x')
                                                                          : QByteArray("%PDF-1.4\n%%EOF\n");
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
        files << file.fileName();
    }
    // The third is over the limit: none of the three is kept, and the message says which and why.
    QVERIFY(drop(files, AttachmentKind::Request));
    QTRY_VERIFY(!Prompter::shown().isEmpty());
    const QString shown = Prompter::takeShown().join(u'\n');
    QVERIFY2(shown.contains(QStringLiteral("scan-trop-gros.pdf")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("none")), qPrintable(shown));
    QCOMPARE(list()->topLevelItemCount(), 0);
    QCOMPARE(eventCount(QStringLiteral("attachment.add")), 0);

    // A folder among the files: none is kept either.
    QVERIFY(drop({files.at(0), m_dir->path()}, AttachmentKind::Request));
    QTRY_VERIFY(!Prompter::shown().isEmpty());
    QVERIFY2(Prompter::takeShown().join(u'\n').contains(QStringLiteral("is a folder")), "folder");
    QCOMPARE(list()->topLevelItemCount(), 0);

    // The two good ones: both kept, each audited.
    QVERIFY(drop(files.mid(0, 2), AttachmentKind::Request));
    QTRY_COMPARE(list()->topLevelItemCount(), 2);
    QCOMPARE(eventCount(QStringLiteral("attachment.add")), 2);
    QVERIFY2(Prompter::shown().isEmpty(), qPrintable(Prompter::shown().join(u'\n')));
}

void TestGuiAttachments::svgReferringToLocalFilesNotDrawn()
{
    // A data subject's SVG that points at a picture on the DPO's computer: no preview, in words, and the desk goes on.
    const QString local = writePng(QStringLiteral("on-this-computer.png"));
    QVERIFY(!local.isEmpty());
    const QString svg = m_dir->filePath(QStringLiteral("scan.svg"));
    {
        QFile file(svg);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                           "width=\"240\" height=\"150\"><image width=\"240\" height=\"150\" "
                           "xlink:href=\"%1\"/></svg>")
                .arg(local)
                .toUtf8());
    }
    QVERIFY(drop({svg}, AttachmentKind::OtherEvidence));
    QTRY_COMPARE(list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = itemNamed(QStringLiteral("scan.svg"));
    QVERIFY(item);
    auto *preview = m_panel->findChild<QLabel *>(QStringLiteral("preview"));
    QVERIFY(preview);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(item).center());
    QTRY_VERIFY_WITH_TIMEOUT(preview->text() != QStringLiteral("Loading preview…") || !preview->pixmap().isNull(),
                             10000);
    QVERIFY(preview->pixmap().isNull());
    QCOMPARE(preview->text(), QStringLiteral("No preview available: the image refers to files outside itself."));
    QCOMPARE(eventCount(QStringLiteral("attachment.view")), 1);
}

QTEST_MAIN(TestGuiAttachments)
#include "tst_gui_attachments.moc"
