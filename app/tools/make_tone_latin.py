"""Builds app/src/main/resources/io/indaba/app/theme/fonts/IndabaToneLatin-Regular.ttf from DejaVu Sans.

JavaFX 21 draws a combining mark at the position its font gives the bare mark, designed for a lowercase base: it
keeps only the advances of Pango's glyphs, not the offsets that lift a mark over a capital, so the grave of
Yoruba and Igbo "Ẹ̀" and "Ọ̀" sits inside the letter (decision 0017). JavaFX does keep glyph substitutions, so
this font adds, for every capital of a Latin alphabet that takes tone marks and every mark above, a glyph of the
two composed (the mark raised by cap height minus x-height and centred over the letter), and a `ccmp` ligature
that substitutes it for the pair. The rest is DejaVu Sans, cut to Latin.

Usage: python3 make_tone_latin.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf OUT.ttf  (needs fontTools)
Licence of the result: Bitstream Vera / DejaVu (fonts/DejaVu-LICENSE.txt); renamed as that licence requires.
"""
from fontTools.ttLib import TTFont, newTable
from fontTools.subset import Subsetter, Options
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent
from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
import sys
src, out = sys.argv[1], sys.argv[2]
f = TTFont(src)
opts = Options(); opts.layout_features = ['*']; opts.name_IDs = ['*']; opts.notdef_outline = True; opts.glyph_names = True
ranges = list(range(0x20, 0x250)) + list(range(0x300, 0x370)) + list(range(0x1E00, 0x1F00)) + list(range(0x2000, 0x2070)) + [0x25CC]
sub = Subsetter(opts); sub.populate(unicodes=ranges); sub.subset(f)
cmap = f.getBestCmap(); glyf = f['glyf']; hmtx = f['hmtx']
glyf0 = f['glyf']; cm0 = f.getBestCmap(); gH = glyf0[cm0[0x48]]; gH.recalcBounds(glyf0); gx = glyf0[cm0[0x78]]; gx.recalcBounds(glyf0); cap = gH.yMax; xh = gx.yMax
raise_by = cap - xh
marks = [0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30C, 0x30B, 0x30F]
bases = [c for c in range(0x41, 0x5B)] + [0x1EB8, 0x1ECC, 0x1ECA, 0x1EE4, 0x1E62, 0x1E44, 0x1E46, 0x190, 0x186, 0x18E, 0x14A, 0xC6]
order = f.getGlyphOrder()
subs = []
for b in bases:
    if b not in cmap: continue
    bg = cmap[b]; badv = hmtx[bg][0]
    for m in marks:
        if m not in cmap: continue
        mg = cmap[m]
        mglyph = glyf[mg]; mglyph.recalcBounds(glyf)
        if not hasattr(mglyph, 'xMin'): continue
        mcx = (mglyph.xMin + mglyph.xMax) / 2
        bglyph = glyf[bg]; bglyph.recalcBounds(glyf)
        bcx = (bglyph.xMin + bglyph.xMax) / 2 if hasattr(bglyph,'xMin') else badv/2
        name = '%s_%s.cap' % (bg, mg)
        g = Glyph(); g.numberOfContours = -1; g.components = []
        c1 = GlyphComponent(); c1.glyphName = bg; c1.x = 0; c1.y = 0; c1.flags = 0x4
        c2 = GlyphComponent(); c2.glyphName = mg; c2.x = int(round(bcx - mcx)); c2.y = raise_by; c2.flags = 0
        g.components = [c1, c2]
        glyf[name] = g; hmtx[name] = (badv, hmtx[bg][1])
        subs.append('sub %s %s by %s;' % (bg, mg, name))
f.setGlyphOrder(glyf.glyphOrder); order = glyf.glyphOrder
fea = 'languagesystem DFLT dflt;\nlanguagesystem latn dflt;\nfeature ccmp {\n' + '\n'.join(subs) + '\n} ccmp;\n'
addOpenTypeFeaturesFromString(f, fea, tables=['GSUB'])
for rec in f['name'].names:
    if rec.nameID in (1, 16): rec.string = 'Indaba Tone Latin'
    elif rec.nameID == 4: rec.string = 'Indaba Tone Latin'
    elif rec.nameID == 6: rec.string = 'IndabaToneLatin-Regular'
    elif rec.nameID == 3: rec.string = 'Indaba Tone Latin Regular'
f['maxp'].numGlyphs = len(order)
f.save(out)
print(len(subs), 'ligatures', raise_by)
