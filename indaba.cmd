@echo off
rem Indaba launcher for Windows, the twin of ./indaba. No arguments: open the workbench. With a command: run it headless.
rem   indaba                       open the workbench (builds what is missing first)
rem   indaba PROJECT.indaba        open the workbench on a project
rem   indaba info PROJECT --json   run a command (new, import, export, qa, stats, info, backup, check, ...)
setlocal EnableExtensions EnableDelayedExpansion
set "root=%~dp0"
if "%root:~-1%"=="\" set "root=%root:~0,-1%"

rem --- find a JDK 21 or newer: JAVA_HOME, java on the PATH, then the usual install folders ---
set "JDK="
set "best=0"
if defined JAVA_HOME call :consider "%JAVA_HOME%"
for /f "delims=" %%j in ('where java 2^>nul') do call :consider "%%~dpj.."
for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\jdk-*" "%ProgramFiles%\Java\jdk-*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\zulu-*" "%ProgramFiles%\BellSoft\LibericaJDK-*") do call :consider "%%~fd"
if not defined JDK (
  echo indaba: no JDK 21 or newer found ^(checked JAVA_HOME, java on PATH and Program Files^). 1>&2
  echo         Install one ^(e.g. Temurin 21+^) and set JAVA_HOME to it. 1>&2
  exit /b 1
)
set "JAVA_HOME=%JDK%"

rem --- build when nothing is built yet or the sources changed since the last build ---
set "stamp=%root%\app\target\.indaba-built"
set "build=0"
if not exist "%root%\app\target\lib\" set "build=1"
if not exist "%stamp%" set "build=1"
if "%build%"=="0" (
  rem A source newer than the stamp means a rebuild, as in ./indaba; PowerShell is on every supported Windows.
  powershell -NoProfile -Command "$s=(Get-Item -LiteralPath $env:stamp).LastWriteTime; if (Get-ChildItem -LiteralPath $env:root -Recurse -File -ErrorAction SilentlyContinue | Where-Object { ($_.Name -like '*.java' -or $_.Name -eq 'pom.xml' -or $_.FullName -like '*\src\main\resources\*') -and $_.FullName -notmatch '\\(target|\.git)\\' -and $_.LastWriteTime -gt $s } | Select-Object -First 1) { exit 1 } else { exit 0 }" >nul 2>&1
  if errorlevel 1 set "build=1"
)
if "%build%"=="1" (
  echo indaba: building ^(first start or sources changed; JDK: %JAVA_HOME%^)... 1>&2
  where mvn >nul 2>&1 || (
    echo indaba: Maven ^(mvn^) is needed to build Indaba; install it and run indaba again. 1>&2
    exit /b 1
  )
  rem Maven's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the warning is noise here.
  if !best! GEQ 24 set "MAVEN_OPTS=%MAVEN_OPTS% --sun-misc-unsafe-memory-access=allow"
  pushd "%root%"
  call mvn -B -q -DskipTests install 1>&2
  set "rc=!errorlevel!"
  popd
  if not "!rc!"=="0" exit /b !rc!
  type nul > "%stamp%"
)

set "jar="
for %%f in ("%root%\app\target\app-*.jar") do (
  echo %%~nf| findstr /i /e /c:"-sources" /c:"-javadoc" >nul || set "jar=%%~ff"
)
set "cp=%jar%;%root%\app\target\lib\*"
set "opts=--enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"

rem Arguments go through goto, not a ( ) block, so a path such as "C:\Program Files (x86)\p.indaba" cannot end it.
if "%~1"=="" goto workbench
if /i "%~x1"==".indaba" goto workbench
rem The console shows UTF-8 (Amharic, Yoruba, ...) only in code page 65001; the user's code page is put back after.
for /f "tokens=2 delims=:" %%c in ('chcp') do set "oldcp=%%c"
set "oldcp=%oldcp: =%"
set "oldcp=%oldcp:.=%"
chcp 65001 >nul
"%JAVA_HOME%\bin\java" %opts% -Xshare:auto -cp "%cp%" io.indaba.core.cli.Main %*
set "rc=%errorlevel%"
if defined oldcp chcp %oldcp% >nul
exit /b %rc%

:workbench
"%JAVA_HOME%\bin\java" %opts% -cp "%cp%" io.indaba.app.Launcher %*
exit /b %errorlevel%

rem --- :consider DIR  keeps DIR as JDK when it has java and javac and is newer than the best so far ---
:consider
set "cand=%~f1"
if not exist "%cand%\bin\java.exe" exit /b 0
if not exist "%cand%\bin\javac.exe" exit /b 0
set "spec="
for /f "tokens=2 delims==" %%v in ('""%cand%\bin\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""') do set "spec=%%v"
if not defined spec exit /b 0
set "spec=%spec: =%"
for /f "tokens=1 delims=." %%m in ("%spec%") do set "major=%%m"
if %major% GEQ 21 if %major% GTR !best! (
  set "JDK=%cand%"
  set "best=%major%"
)
exit /b 0
