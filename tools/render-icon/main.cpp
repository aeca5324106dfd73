// Renders an SVG icon to a square PNG at build time, for the hicolor theme's fixed sizes
// (desktops that do not scale SVG pick these). Qt SVG renders the same file the window uses.
//   render-icon INPUT.svg OUTPUT.png SIZE
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.size() == 4 ? arguments.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 1024) {
        QTextStream(stderr) << "usage: render-icon INPUT.svg OUTPUT.png SIZE (1-1024)\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        QTextStream(stderr) << "render-icon: not a valid SVG file: " << arguments.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(arguments.at(2), "PNG")) {
        QTextStream(stderr) << "render-icon: cannot write " << arguments.at(2) << '\n';
        return 1;
    }
    return 0;
}
